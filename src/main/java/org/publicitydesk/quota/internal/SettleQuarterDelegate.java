package org.publicitydesk.quota.internal;

import static org.publicitydesk.quota.SettlementProcesses.QUARTER;
import static org.publicitydesk.quota.SettlementProcesses.YEAR;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.quota.Settlements;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SettleQuarter} of {@code QuarterlySettlement} (R5, R9.2 for its days): settles the quarter given
 * ({@code year}, {@code quarter}), or — when the timer started the process — the quarter that just ended.
 */
@Component
class SettleQuarterDelegate implements JavaDelegate {

  private final Settlements settlements;
  private final BusinessClock clock;

  SettleQuarterDelegate(Settlements settlements, BusinessClock clock) {
    this.settlements = settlements;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate yesterday = clock.today().minusDays(1);
    int year = SettledFigures.number(execution, YEAR, yesterday.getYear());
    int quarter = SettledFigures.number(execution, QUARTER, (yesterday.getMonthValue() - 1) / 3 + 1);
    execution.setVariable(QUARTER, quarter);
    SettledFigures.record(execution, year, settlements.quarter(year, quarter, false));
  }
}
