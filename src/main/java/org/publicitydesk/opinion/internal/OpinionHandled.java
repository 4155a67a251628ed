package org.publicitydesk.opinion.internal;

import java.util.ArrayList;
import java.util.List;
import org.publicitydesk.calendar.ChineseDate;
import org.publicitydesk.review.HandledTasks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 已办 of the editorial office in {@code PublicOpinionReport}: the reports a person checked
 * ({@code Task_CheckOpinionReport}) and those whose bulletin adoption it recorded ({@code Task_RecordBulletinAdoption}).
 */
@Component
@Transactional(readOnly = true)
class OpinionHandled implements HandledTasks {

  private final OpinionReportRepository reports;

  OpinionHandled(OpinionReportRepository reports) {
    this.reports = reports;
  }

  @Override
  public List<Handled> handledBy(String userId, int limit) {
    List<Handled> handled = new ArrayList<>();
    for (OpinionReportEntity r : reports.findTop100ByCheckedByOrderByDecidedAtDesc(userId)) {
      boolean accepted = "ACCEPTED".equals(r.status);
      handled.add(new Handled(r.checkTaskId, "政工科审核舆情信息", String.valueOf(r.id), r.title,
          accepted ? "ACCEPT" : "LOW_QUALITY", accepted ? "采用" : "质量不高", null, r.decidedAt, r.processInstanceId,
          state(r)));
    }
    for (OpinionReportEntity r : reports.findTop100ByBulletinByOrderByBulletinAtDesc(userId)) {
      handled.add(new Handled(r.bulletinTaskId, "登记简报采用", String.valueOf(r.id), r.title,
          r.bulletinAdopted ? "ADOPTED" : "NOT_ADOPTED", bulletin(r), null, r.bulletinAt, r.processInstanceId, state(r)));
    }
    return handled.size() > limit ? handled.subList(0, limit) : handled;
  }

  private static String bulletin(OpinionReportEntity r) {
    if (!r.bulletinAdopted) {
      return "未被简报采用";
    }
    return "简报采用" + (r.bulletinIssue != null ? "(" + r.bulletinIssue + ")" : "")
        + (r.bulletinDate != null ? " " + ChineseDate.of(r.bulletinDate) : "");
  }

  /** The report's own state, null while it waits for its check. */
  private static String state(OpinionReportEntity r) {
    return switch (r.status) {
      case "ACCEPTED" -> r.bulletinAdopted ? "已采用 · 简报采用" : "已采用";
      case "LOW_QUALITY" -> "质量不高";
      default -> null;
    };
  }
}
