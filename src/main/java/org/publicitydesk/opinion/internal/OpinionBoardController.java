package org.publicitydesk.opinion.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.opinion.OpinionReports.CommunityFigures;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/opinion/board}: the live board of a day's public-opinion reports per community (R3) — reported on
 * time, late, or missing — with each community's countable reports of the month so far against the monthly target
 * (R9.2). The editorial office, the principal leader and the administrator see every community; everybody else the
 * communities they belong to or supervise.
 */
@RestController
class OpinionBoardController {

  record Board(LocalDate date, boolean workingDay, LocalTime deadline, List<CommunityRow> communities) {
  }

  record CommunityRow(String unitCode, String unitName, String status, List<ReportRow> reports, int monthCountable,
      int monthTarget) {
  }

  record ReportRow(long id, String title, String informant, OffsetDateTime submittedAt, boolean onTime,
      String status) {
  }

  private final OpinionService service;
  private final OpinionReportRepository reports;
  private final WorkingCalendar calendar;
  private final BusinessClock clock;
  private final CurrentUser user;
  private final int monthTarget;

  OpinionBoardController(OpinionService service, OpinionReportRepository reports, WorkingCalendar calendar,
      BusinessClock clock, CurrentUser user, OpinionProperties settings) {
    this.service = service;
    this.reports = reports;
    this.calendar = calendar;
    this.clock = clock;
    this.user = user;
    this.monthTarget = settings.monthlyTarget();
  }

  @GetMapping("/api/opinion/board")
  @Transactional(readOnly = true)
  Board board(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    LocalDate day = date == null ? clock.today() : date;
    Map<String, List<OpinionReportEntity>> ofDay = reports
        .findBySubmittedAtGreaterThanEqualAndSubmittedAtLessThanOrderBySubmittedAt(
            day.atStartOfDay(clock.zone()).toInstant(), day.plusDays(1).atStartOfDay(clock.zone()).toInstant())
        .stream().collect(Collectors.groupingBy(r -> r.unitCode));
    List<CommunityRow> rows = new ArrayList<>();
    for (CommunityFigures month : service.figures(day.withDayOfMonth(1), day)) {
      if (!user.isInAny(Groups.EDITORIAL, Groups.PRINCIPALS, Groups.ADMIN, Groups.unit(month.unitCode()),
          Groups.unitSupervisor(month.unitCode()))) {
        continue;
      }
      List<ReportRow> today = ofDay.getOrDefault(month.unitCode(), List.of()).stream()
          .map(r -> new ReportRow(r.id, r.title, r.informant, r.submittedAt.atZone(clock.zone()).toOffsetDateTime(),
              service.onTime(r.submittedAt), r.status.name())) // the calendar in force now, like the month's count
          .toList();
      String status = today.isEmpty() ? "MISSING" : today.stream().anyMatch(ReportRow::onTime) ? "ON_TIME" : "LATE";
      rows.add(new CommunityRow(month.unitCode(), month.unitName(), status, today, month.countable(), monthTarget));
    }
    return new Board(day, calendar.isWorkingDay(day), service.deadline(), rows);
  }
}
