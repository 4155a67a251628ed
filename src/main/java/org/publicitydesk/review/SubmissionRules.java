package org.publicitydesk.review;

import java.time.LocalDate;
import java.util.Optional;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.UnitKind;

/**
 * What an article must name to be taken (R10.2, R2.3), in one place for the live submission ({@code ArticleReview})
 * and for imported historical records: each rule answers with the problem in Chinese, or nothing.
 */
public final class SubmissionRules {

  public static final int MAX_TITLE = 200;

  private SubmissionRules() {
  }

  /** R10.2: a title (already stripped) is there and at most {@value #MAX_TITLE} characters long. */
  public static Optional<String> titleProblem(String title) {
    if (title == null || title.isEmpty()) {
      return Optional.of("标题不能为空");
    }
    return title.length() > MAX_TITLE
        ? Optional.of("标题最多 " + MAX_TITLE + " 字,现有 " + title.length() + " 字") : Optional.empty();
  }

  /** R2.3: only a department forwards, and only what a community wrote. */
  public static Optional<String> forwardingProblem(UnitInfo unit, UnitInfo from) {
    return from.kind() != UnitKind.COMMUNITY || unit.kind() != UnitKind.DEPARTMENT
        ? Optional.of("只有科室转发社区的稿件才填写转发来源(R2.3)") : Optional.empty();
  }

  /** R10.2: an article names its informant, who must be an informant of the unit on the day it was submitted. */
  public static boolean informantOf(UnitInfo unit, String person, LocalDate day) {
    return unit.informants().stream().anyMatch(m -> m.personId().equals(person) && m.activeOn(day));
  }
}
