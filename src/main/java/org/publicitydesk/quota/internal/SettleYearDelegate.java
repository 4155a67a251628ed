package org.publicitydesk.quota.internal;

import static org.publicitydesk.quota.SettlementProcesses.YEAR;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.quota.Settlements;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SettleYear} of {@code AnnualSettlement} (R8): settles the year given ({@code year}), or — when the timer
 * started the process — the year that just ended.
 */
@Component
class SettleYearDelegate implements JavaDelegate {

  private final Settlements settlements;
  private final BusinessClock clock;

  SettleYearDelegate(Settlements settlements, BusinessClock clock) {
    this.settlements = settlements;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = SettledFigures.number(execution, YEAR, clock.today().minusDays(1).getYear());
    SettledFigures.record(execution, year, settlements.year(year, false));
  }
}
