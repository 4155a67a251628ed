package org.publicitydesk.scoring;

import java.util.Optional;
import org.publicitydesk.review.ArticleInfo;

/**
 * Says when an article's points are credited under a rule other than R4, and why — R7 "谁完成谁加分" for a unit that
 * completed another unit's news lead; implemented by the modules that know (leads).
 */
public interface ArticleCredits {

  Optional<Credit> creditFor(ArticleInfo article);

  /** {@code note} opens the ledger line, before the adoption it comes from. */
  record Credit(String ruleId, String note) {
  }
}
