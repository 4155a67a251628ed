package org.publicitydesk.opinion.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.opinion.OpinionReports.CommunityFigures;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.quota.PeriodSettled;
import org.publicitydesk.scoring.Ledger.Booking;
import org.publicitydesk.scoring.Ledger;
import org.publicitydesk.security.RequestRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R9.2 monthly settlement: a community with fewer than {@code publicity.opinion.monthly-target} (20) countable reports
 * — on time and accepted — in a month loses {@code publicity.opinion.monthly-penalty} (30) points; only in a month in
 * which it had an informant on at least one working day (rules.md, R9 decisions; a partial month keeps the full
 * target). Settling follows the calendar in force: it first scores again the month's reports whose on-time flag the
 * calendar now decides otherwise (R9.1); so does the settlement of a quarter or a year, for its days. Settling a month
 * again replaces that month's entries; a month that has not ended is only previewed.
 */
@Service
@Transactional
class OpinionSettlement {

  /** {@code assessed}: the community had an informant on a working day of the month, so R9.2 applies. */
  record CommunityMonth(String unitCode, String unitName, int countable, boolean assessed, int points, String note) {
  }

  private final OpinionService reports;
  private final OrganizationDirectory directory;
  private final WorkingCalendar calendar;
  private final Ledger ledger;
  private final BusinessClock clock;
  private final int target;
  private final int penalty;

  OpinionSettlement(OpinionService reports, OrganizationDirectory directory, WorkingCalendar calendar, Ledger ledger,
      BusinessClock clock, OpinionProperties settings) {
    this.reports = reports;
    this.directory = directory;
    this.calendar = calendar;
    this.ledger = ledger;
    this.clock = clock;
    this.target = settings.monthlyTarget();
    this.penalty = settings.monthlyPenalty();
  }

  void requireEnded(YearMonth month) {
    if (!clock.today().isAfter(month.atEndOfMonth())) {
      throw new RequestRefused(month.getYear() + "年" + month.getMonthValue() + "月尚未结束,不能结算;"
          + "如需查看当前数字,请用预览(preview=true,不记分)");
    }
  }

  List<CommunityMonth> settle(YearMonth month, boolean preview) {
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    if (!preview) {
      requireEnded(month);
      reports.reevaluate(first, last);
    }
    String name = month.getYear() + "年" + month.getMonthValue() + "月";
    List<CommunityMonth> result = new ArrayList<>();
    Map<String, List<Booking>> bookings = new LinkedHashMap<>();
    Map<String, UnitInfo> units = directory.units().stream().collect(Collectors.toMap(UnitInfo::code, u -> u));
    // the same count as the live board and the circulars: on time and accepted (OpinionReports.figures)
    for (CommunityFigures figures : reports.figures(first, last)) {
      int countable = figures.countable();
      UnitInfo unit = units.get(figures.unitCode());
      boolean assessed = unit != null && hadInformant(unit, first, last);
      int points = assessed && countable < target ? penalty : 0;
      String note = name + "按时报送并被采用的舆情信息 " + countable + " 条," + (!assessed
          ? "本月没有一个工作日有信息员,不考核每月 " + target + " 条(R9.2)"
          : points == 0 ? "达到每月 " + target + " 条" : "不足每月 " + target + " 条,扣 " + (-penalty) + " 分(R9.2)");
      result.add(new CommunityMonth(figures.unitCode(), figures.unitName(), countable, assessed, points, note));
      bookings.put("R9.2:" + month + ":" + figures.unitCode(), points == 0 ? List.of()
          : List.of(new Booking(figures.unitCode(), null, "R9.2", points, last, note)));
    }
    if (!preview) {
      ledger.bookAll("SETTLEMENT", bookings);
    }
    return result;
  }

  /** A quarter or a year settled again follows the calendar in force for the reports of its days too (R9.1). */
  @EventListener
  void onPeriodSettled(PeriodSettled settled) {
    reports.reevaluate(settled.from(), settled.to());
  }

  /** Whether the unit had an informant on at least one working day of {@code first}…{@code last}. */
  private boolean hadInformant(UnitInfo unit, LocalDate first, LocalDate last) {
    return first.datesUntil(last.plusDays(1)).filter(calendar::isWorkingDay)
        .anyMatch(day -> unit.informants().stream().anyMatch(m -> m.activeOn(day)));
  }
}
