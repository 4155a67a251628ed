package org.publicitydesk.quota.internal;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.quota.Settlements;
import org.publicitydesk.scoring.SettlementSummary;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SettleQuarter} / {@code Task_SettleYear}: settles the period given ({@code year}, {@code quarter}), or —
 * when a timer started the process — the period that just ended; records what it booked as process variables so that
 * Cockpit shows the figures.
 */
@Component
class SettlePeriodDelegate implements JavaDelegate {

  private final Settlements settlements;
  private final BusinessClock clock;

  SettlePeriodDelegate(Settlements settlements, BusinessClock clock) {
    this.settlements = settlements;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate yesterday = clock.today().minusDays(1);
    boolean quarterly = "QuarterlySettlement".equals(execution.getProcessDefinitionId().split(":")[0]);
    int year = execution.hasVariable("year") ? ((Number) execution.getVariable("year")).intValue() : yesterday.getYear();
    Settlements.Result result;
    if (quarterly) {
      int quarter = execution.hasVariable("quarter") ? ((Number) execution.getVariable("quarter")).intValue()
          : (yesterday.getMonthValue() - 1) / 3 + 1;
      execution.setVariable("quarter", quarter);
      result = settlements.quarter(year, quarter, false);
    } else {
      result = settlements.year(year, false);
    }
    execution.setVariable("year", year);
    execution.setVariable("period", result.period());
    execution.setVariable("totalPoints", result.total());
    execution.setVariable("bookedPoints", SettlementSummary.of(result.units().stream().filter(u -> u.points() != 0)
        .map(u -> u.unitName() + " " + u.ruleId() + " " + u.points()).toList()));
  }
}
