package org.publicitydesk.opinion.internal;

import static org.publicitydesk.opinion.MonthlyOpinionSettlementProcess.BOOKED_POINTS;
import static org.publicitydesk.opinion.MonthlyOpinionSettlementProcess.MONTH;
import static org.publicitydesk.opinion.MonthlyOpinionSettlementProcess.YEAR;

import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.scoring.SettlementSummary;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SettleOpinionMonth} of {@code MonthlyOpinionSettlement} (R9.2): the month given, or the one that just
 * ended; what it booked as process variables, for Cockpit.
 */
@Component
class SettleOpinionMonthDelegate implements JavaDelegate {

  private final OpinionSettlement settlement;
  private final BusinessClock clock;

  SettleOpinionMonthDelegate(OpinionSettlement settlement, BusinessClock clock) {
    this.settlement = settlement;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth previous = YearMonth.from(clock.today()).minusMonths(1);
    int year = execution.hasVariable(YEAR) ? ((Number) execution.getVariable(YEAR)).intValue() : previous.getYear();
    int month = execution.hasVariable(MONTH) ? ((Number) execution.getVariable(MONTH)).intValue()
        : previous.getMonthValue();
    List<OpinionSettlement.CommunityMonth> result = settlement.settle(YearMonth.of(year, month), false);
    execution.setVariable(YEAR, year);
    execution.setVariable(MONTH, month);
    execution.setVariable(BOOKED_POINTS, SettlementSummary.of(result.stream().filter(c -> c.points() != 0)
        .map(c -> c.unitName() + " " + c.countable() + "条 " + c.points()).toList()));
  }
}
