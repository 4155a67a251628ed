package org.publicitydesk.opinion.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.ClusterLease;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.notification.Notice;
import org.publicitydesk.notification.Notifications;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.UnitKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R3.1 daily reminder: on a working day, from {@code publicity.opinion.reminder-time} (08:45) until the deadline
 * (09:15), the informants of every community that has not reported yet today are reminded once, in the inbox (and by
 * email when configured). One node of a cluster scans at a time.
 */
@Component
class OpinionReminders {

  static final String KIND = "OPINION_REMINDER";

  private final OpinionReportRepository reports;
  private final OrganizationDirectory directory;
  private final Notifications notifications;
  private final WorkingCalendar calendar;
  private final BusinessClock clock;
  private final ClusterLease lease;
  private final LocalTime time;
  private final LocalTime deadline;

  OpinionReminders(OpinionReportRepository reports, OrganizationDirectory directory, Notifications notifications,
      WorkingCalendar calendar, BusinessClock clock, ClusterLease lease, OpinionService service,
      @Value("${publicity.opinion.reminder-time:08:45}") LocalTime time) {
    this.reports = reports;
    this.directory = directory;
    this.notifications = notifications;
    this.calendar = calendar;
    this.clock = clock;
    this.lease = lease;
    this.time = time;
    this.deadline = service.deadline();
  }

  @Scheduled(fixedDelayString = "${publicity.opinion.reminder-scan:PT1M}",
      initialDelayString = "${publicity.opinion.reminder-scan:PT1M}")
  void scheduled() {
    if (lease.tryAcquire("opinion-reminders", Duration.ofSeconds(50))) {
      remind();
    }
  }

  /** Returns the number of communities reminded now. */
  @Transactional
  int remind() {
    LocalDate today = clock.today();
    LocalTime now = clock.now().toLocalTime();
    if (!calendar.isWorkingDay(today) || now.isBefore(time) || !now.isBefore(deadline)) {
      return 0;
    }
    Instant dayStart = today.atStartOfDay(clock.zone()).toInstant();
    Set<String> reported = reports.findBySubmittedAtGreaterThanEqualAndSubmittedAtLessThanOrderBySubmittedAt(dayStart,
        today.plusDays(1).atStartOfDay(clock.zone()).toInstant()).stream().map(r -> r.unitCode)
        .collect(Collectors.toSet());
    int reminded = 0;
    for (UnitInfo unit : directory.units()) {
      if (unit.kind() != UnitKind.COMMUNITY || reported.contains(unit.code())) {
        continue;
      }
      Set<String> informants = unit.informantsOn(today).stream()
          .filter(id -> !notifications.sentSince(id, KIND, dayStart)).collect(Collectors.toSet());
      if (informants.isEmpty()) {
        continue;
      }
      notifications.send(new Notice(informants, KIND, "【提醒】今日舆情信息尚未报送",
          unit.name() + "今天(" + today + ")还没有报送舆情信息。请在 " + deadline + " 前报送,按时报送并被采用的每条 +10 分"
              + "(R9.1);每月按时有效报送不足 20 条扣 30 分(R9.2)。在任务列表中选择“舆情信息报送”即可。", null));
      reminded++;
    }
    return reminded;
  }
}
