package org.publicitydesk.opinion.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.opinion.OpinionReports.CommunityFigures;
import org.publicitydesk.scoring.Ledger;
import org.publicitydesk.scoring.Ledger.Booking;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R9.2 monthly settlement: a community with fewer than {@code publicity.opinion.monthly-target} (20) countable reports
 * — on time and accepted — in a month loses {@code publicity.opinion.monthly-penalty} (30) points. Settling follows the
 * calendar in force: it first scores again the month's reports whose on-time flag the calendar now decides otherwise
 * (R9.1). Settling a month again replaces that month's entries; a month that has not ended is only previewed.
 */
@Service
@Transactional
class OpinionSettlement {

  record CommunityMonth(String unitCode, String unitName, int countable, int points, String note) {
  }

  private final OpinionService reports;
  private final Ledger ledger;
  private final BusinessClock clock;
  private final int target;
  private final int penalty;

  OpinionSettlement(OpinionService reports, Ledger ledger, BusinessClock clock,
      @Value("${publicity.opinion.monthly-target:20}") int target,
      @Value("${publicity.opinion.monthly-penalty:-30}") int penalty) {
    this.reports = reports;
    this.ledger = ledger;
    this.clock = clock;
    this.target = target;
    this.penalty = penalty;
  }

  void requireEnded(YearMonth month) {
    if (!clock.today().isAfter(month.atEndOfMonth())) {
      throw new BadUserRequestException(month.getYear() + "年" + month.getMonthValue() + "月尚未结束,不能结算;"
          + "如需查看当前数字,请用预览(preview=true,不记分)");
    }
  }

  List<CommunityMonth> settle(YearMonth month, boolean preview) {
    LocalDate last = month.atEndOfMonth();
    if (!preview) {
      requireEnded(month);
      reports.reevaluate(month.atDay(1), last);
    }
    List<CommunityMonth> result = new ArrayList<>();
    // the same count as the live board and the circulars: on time and accepted (OpinionReports.figures)
    for (CommunityFigures figures : reports.figures(month.atDay(1), last)) {
      int countable = figures.countable();
      int points = countable < target ? penalty : 0;
      String note = month.getYear() + "年" + month.getMonthValue() + "月按时报送并被采用的舆情信息 " + countable + " 条,"
          + (points == 0 ? "达到每月 " + target + " 条" : "不足每月 " + target + " 条,扣 " + (-penalty) + " 分(R9.2)");
      result.add(new CommunityMonth(figures.unitCode(), figures.unitName(), countable, points, note));
      if (!preview) {
        ledger.book("SETTLEMENT", "R9.2:" + month + ":" + figures.unitCode(), points == 0 ? List.of()
            : List.of(new Booking(figures.unitCode(), null, "R9.2", points, last, note)));
      }
    }
    return result;
  }
}
