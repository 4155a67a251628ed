package org.publicitydesk.quota.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.publicitydesk.calendar.BusinessClock;
import org.springframework.stereotype.Component;

/**
 * {@code settlementSchedule} in the timer start events of the settlement processes (quarterly, annual and the monthly
 * opinion settlement): repeating cycles in the business time
 * zone (whatever the server's zone), from the next period start at {@code publicity.quota.settlement-time} (default
 * 01:00) — e.g. {@code R/2027-01-01T01:00+08:00[Asia/Shanghai]/P3M}.
 */
@Component("settlementSchedule")
public class SettlementSchedule {

  private final BusinessClock clock;
  private final LocalTime time;

  SettlementSchedule(BusinessClock clock, QuotaProperties settings) {
    this.clock = clock;
    this.time = settings.settlementTime();
  }

  /** The first day of each month ({@code MonthlyOpinionSettlement}, R9.2). */
  public String getMonthlyCycle() {
    return cycle(clock.today().withDayOfMonth(1).plusMonths(1), "P1M");
  }

  /** The first day after each quarter. */
  public String getQuarterlyCycle() {
    LocalDate today = clock.today();
    LocalDate next = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1).plusMonths(3);
    return cycle(next, "P3M");
  }

  /** The first day of each year. */
  public String getAnnualCycle() {
    return cycle(LocalDate.of(clock.today().getYear() + 1, 1, 1), "P1Y");
  }

  private String cycle(LocalDate start, String period) {
    return "R/" + start.atTime(time).atZone(clock.zone()).toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/" + period;
  }
}
