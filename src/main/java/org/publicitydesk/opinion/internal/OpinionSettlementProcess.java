package org.publicitydesk.opinion.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.scoring.SettlementSummary;
import org.publicitydesk.security.CurrentUser;
import org.publicitydesk.security.EngineAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The {@code MonthlyOpinionSettlement} process (R9.2): its timer, its delegate and its on-demand start. */
final class OpinionSettlementProcess {

  private OpinionSettlementProcess() {
  }

  /** {@code opinionSchedule}: the timer cycle, 01:00 (business zone) on the first day of each month. */
  @Component("opinionSchedule")
  public static class Schedule {

    private final BusinessClock clock;
    private final LocalTime time;

    Schedule(BusinessClock clock, @Value("${publicity.quota.settlement-time:01:00}") LocalTime time) {
      this.clock = clock;
      this.time = time;
    }

    public String getMonthlyCycle() {
      LocalDate next = clock.today().withDayOfMonth(1).plusMonths(1);
      return "R/" + next.atTime(time).atZone(clock.zone()).toOffsetDateTime()
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P1M";
    }
  }

  /** {@code Task_SettleOpinionMonth}: the month given, or the one that just ended; figures as process variables. */
  @Component("settleOpinionMonthDelegate")
  static class Settle implements JavaDelegate {

    private final OpinionSettlement settlement;
    private final BusinessClock clock;

    Settle(OpinionSettlement settlement, BusinessClock clock) {
      this.settlement = settlement;
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      YearMonth previous = YearMonth.from(clock.today()).minusMonths(1);
      int year = execution.hasVariable("year") ? ((Number) execution.getVariable("year")).intValue() : previous.getYear();
      int month = execution.hasVariable("month") ? ((Number) execution.getVariable("month")).intValue()
          : previous.getMonthValue();
      List<OpinionSettlement.CommunityMonth> result = settlement.settle(YearMonth.of(year, month), false);
      execution.setVariable("year", year);
      execution.setVariable("month", month);
      execution.setVariable("bookedPoints", SettlementSummary.of(result.stream().filter(c -> c.points() != 0)
          .map(c -> c.unitName() + " " + c.countable() + "条 " + c.points()).toList()));
    }
  }

  /** {@code POST /api/settlements?year=Y&month=M&kind=OPINION} (contract), editorial office; preview books nothing. */
  @RestController
  static class Api {

    private final OpinionSettlement settlement;
    private final RuntimeService runtime;
    private final EngineAccess access;
    private final CurrentUser user;

    Api(OpinionSettlement settlement, RuntimeService runtime, EngineAccess access, CurrentUser user) {
      this.settlement = settlement;
      this.runtime = runtime;
      this.access = access;
      this.user = user;
    }

    record Settled(String period, boolean provisional, String processInstanceId,
        List<OpinionSettlement.CommunityMonth> communities) {
    }

    @PostMapping(path = "/api/settlements", params = "kind=OPINION")
    Settled settle(@RequestParam int year, @RequestParam int month,
        @RequestParam(defaultValue = "false") boolean preview) {
      user.requireAny("只有政工科和系统管理员可以结算", Groups.EDITORIAL, Groups.ADMIN);
      if (month < 1 || month > 12) {
        throw new org.camunda.bpm.engine.BadUserRequestException("月份应为 1—12,收到 " + month);
      }
      YearMonth period = YearMonth.of(year, month);
      String name = year + "年" + month + "月舆情信息";
      if (preview) {
        return new Settled(name, true, null, settlement.settle(period, true));
      }
      settlement.requireEnded(period);
      Map<String, Object> variables = new HashMap<>(Map.of("year", year, "month", month));
      ProcessInstance started = access.asSystem(() -> runtime.createMessageCorrelation("MonthlyOpinionSettlementRequested")
          .setVariables(variables).correlateStartMessage());
      return new Settled(name, false, started.getId(), settlement.settle(period, true));
    }
  }
}
