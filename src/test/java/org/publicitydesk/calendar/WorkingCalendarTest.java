package org.publicitydesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.publicitydesk.TestCalendars;

/** R10.1 working days and working time, with the State Council's 2025–2026 arrangements. */
class WorkingCalendarTest {

  private final WorkingCalendar calendar = TestCalendars.shipped("calendar-test");

  @Test
  void knowsWeekendsHolidaysAndMakeUpWorkdays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).isTrue();   // Monday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();  // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse(); // National Day
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse(); // Spring Festival, a Tuesday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();   // Sunday, make-up working day
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();  // Sunday, make-up working day
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).isTrue();  // no arrangement known: weekdays work
  }

  @Test
  void theNextWorkingDaySkipsAWholeHoliday() {
    assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 1, 2))).isEqualTo(LocalDate.of(2026, 1, 4));
  }

  @Test
  void theSubmissionWindowIsNineToFiveOnWorkingDays() {
    assertThat(calendar.isWorkingTime(at("2026-03-02T09:00:00"))).isTrue();
    assertThat(calendar.isWorkingTime(at("2026-03-02T08:59:59"))).isFalse();
    assertThat(calendar.isWorkingTime(at("2026-03-02T16:59:59"))).isTrue();
    assertThat(calendar.isWorkingTime(at("2026-03-02T17:00:00"))).isFalse();
    assertThat(calendar.isWorkingTime(at("2026-01-04T10:00:00"))).isTrue();  // make-up Sunday
    assertThat(calendar.isWorkingTime(at("2026-10-02T10:00:00"))).isFalse(); // holiday Friday
  }

  @Test
  void workingTimeSkipsEveningsWeekendsAndHolidays() {
    assertThat(calendar.plusWorkingTime(at("2026-03-02T16:30:00"), Duration.ofHours(1))).isEqualTo(at("2026-03-03T09:30:00"));
    assertThat(calendar.plusWorkingTime(at("2026-03-06T20:00:00"), Duration.ofHours(1))).isEqualTo(at("2026-03-09T10:00:00"));
    assertThat(calendar.plusWorkingTime(at("2026-09-30T16:00:00"), Duration.ofHours(2))).isEqualTo(at("2026-10-08T10:00:00"));
    assertThat(calendar.plusWorkingTime(at("2026-03-02T07:00:00"), Duration.ofHours(8))).isEqualTo(at("2026-03-02T17:00:00"));
  }

  @Test
  void theEndOfTheNextWorkingDay() {
    assertThat(calendar.endOfNextWorkingDay(at("2026-03-06T10:00:00"))).isEqualTo(at("2026-03-09T17:00:00"));
    assertThat(calendar.nextWorkingMoment(at("2026-03-07T12:00:00"))).isEqualTo(at("2026-03-09T09:00:00"));
  }

  private static ZonedDateTime at(String local) {
    return ZonedDateTime.parse(local + "+08:00[Asia/Shanghai]");
  }
}
