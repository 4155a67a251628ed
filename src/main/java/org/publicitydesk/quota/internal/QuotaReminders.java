package org.publicitydesk.quota.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.ClusterLease;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.notification.Notice;
import org.publicitydesk.notification.Notifications;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.OrganizationDirectory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R2.1 weekly reminder: from Thursday (configurable) of a working week, an informant who has nothing countable this
 * week is reminded once, in the inbox (and by email when configured).
 */
@Component
class QuotaReminders {

  static final String KIND = "QUOTA_REMINDER";

  private final Progress progress;
  private final OrganizationDirectory directory;
  private final Notifications notifications;
  private final WorkingCalendar calendar;
  private final BusinessClock clock;
  private final ClusterLease lease;
  private final DayOfWeek day;
  private final LocalTime time;

  QuotaReminders(Progress progress, OrganizationDirectory directory, Notifications notifications,
      WorkingCalendar calendar, BusinessClock clock, ClusterLease lease,
      QuotaProperties settings) {
    this.progress = progress;
    this.directory = directory;
    this.notifications = notifications;
    this.calendar = calendar;
    this.clock = clock;
    this.lease = lease;
    this.day = settings.reminderDay();
    this.time = settings.reminderTime();
  }

  @Scheduled(fixedDelayString = "${publicity.quota.reminder-scan:PT30M}",
      initialDelayString = "${publicity.quota.reminder-scan:PT30M}")
  void scheduled() {
    if (lease.tryAcquire("quota-reminders", Duration.ofMinutes(20))) {
      remind();
    }
  }

  /** Returns the number of informants reminded now. */
  @Transactional
  int remind() {
    LocalDate today = clock.today();
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    boolean workingWeek = monday.datesUntil(monday.plusDays(7)).anyMatch(calendar::isWorkingDay);
    if (today.getDayOfWeek().getValue() < day.getValue() || clock.now().toLocalTime().isBefore(time) && today.getDayOfWeek() == day
        || !workingWeek) {
      return 0;
    }
    int reminded = 0;
    for (UnitInfo unit : directory.units()) {
      for (Progress.InformantProgress p : progress.of(unit).informants()) {
        if (p.week().target() == 0 || p.week().countable() > 0
            || notifications.sentSince(p.informant(), KIND, monday.atStartOfDay(clock.zone()).toInstant())) {
          continue;
        }
        notifications.send(new Notice(Set.of(p.informant()), KIND, "【提醒】本周尚未报送有效稿件",
            p.name() + ":本周(第 " + today.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " 周)您在"
                + unit.name() + "还没有被采用的稿件。每周至少 1 条(R2.1),少报每条扣单位 2 分(R5.1),请及时报送。", null));
        reminded++;
      }
    }
    return reminded;
  }
}
