package org.publicitydesk.quota.internal;

import static org.publicitydesk.quota.SettlementProcesses.BOOKED_POINTS;
import static org.publicitydesk.quota.SettlementProcesses.PERIOD;
import static org.publicitydesk.quota.SettlementProcesses.TOTAL_POINTS;
import static org.publicitydesk.quota.SettlementProcesses.YEAR;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.publicitydesk.quota.Settlements;
import org.publicitydesk.scoring.SettlementSummary;

/** The input and output mapping the two settlement delegates share: what was booked, as variables Cockpit shows. */
final class SettledFigures {

  private SettledFigures() {
  }

  /** A number given at an on-demand start, or the default of a timer start. */
  static int number(DelegateExecution execution, String name, int otherwise) {
    return execution.hasVariable(name) ? ((Number) execution.getVariable(name)).intValue() : otherwise;
  }

  static void record(DelegateExecution execution, int year, Settlements.Result result) {
    execution.setVariable(YEAR, year);
    execution.setVariable(PERIOD, result.period());
    execution.setVariable(TOTAL_POINTS, result.total());
    execution.setVariable(BOOKED_POINTS, SettlementSummary.of(result.units().stream().filter(u -> u.points() != 0)
        .map(u -> u.unitName() + " " + u.ruleId() + " " + u.points()).toList()));
  }
}
