package org.publicitydesk.review.internal;

import org.publicitydesk.organization.Groups;
import org.publicitydesk.security.CurrentUser;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/articles/{number}/corrections/…}: the editorial office's corrections of an article in review
 * ({@link ArticleCorrections}); refused to everyone else.
 */
@RestController
class CorrectionController {

  private static final String ONLY_EDITORIAL = "只有政工科可以更正稿件的审核";

  private final ArticleCorrections corrections;
  private final CurrentUser user;

  CorrectionController(ArticleCorrections corrections, CurrentUser user) {
    this.corrections = corrections;
    this.user = user;
  }

  record Correction(String reason) {
  }

  record Corrected(String number, String status, String statusLabel) {
    static Corrected of(ArticleEntity a) {
      return new Corrected(a.number, a.status.name(), a.status.label());
    }
  }

  /** Back to the review level below the one the article waits at (e.g. from the editorial office to the unit head). */
  @PostMapping("/api/articles/{number}/corrections/step-back")
  Corrected stepBack(@PathVariable String number, @RequestBody Correction correction) {
    String editor = user.requireAny(ONLY_EDITORIAL, Groups.EDITORIAL);
    return Corrected.of(corrections.stepBack(number, editor, correction.reason()));
  }

  /** Withdrawn at the unit's request, wherever it waits in review. */
  @PostMapping("/api/articles/{number}/corrections/withdraw")
  Corrected withdraw(@PathVariable String number, @RequestBody Correction correction) {
    String editor = user.requireAny(ONLY_EDITORIAL, Groups.EDITORIAL);
    return Corrected.of(corrections.withdraw(number, editor, correction.reason()));
  }
}
