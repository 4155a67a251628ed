package org.publicitydesk.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The settlement tasks of {@code QuarterlySettlement} (R5.1), {@code AnnualSettlement} (R8) and
 * {@code MonthlyOpinionSettlement} (R9.2) are jobs of their own (asyncBefore, issue 17): a settlement that cannot be
 * done — here a process started (as through the engine's API) for a period that has not ended — stays a started
 * instance with an incident and its Chinese message after its retries, books nothing, and once the cause is gone (the
 * period over) a retry books the period exactly once. Years 2096–2098, which no other test uses.
 */
@PublicityDeskTest
class SettlementJobTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "QuarterlySettlementRequested       | 2098 | 1 | quarter | Task_SettleQuarter      | 2098年第1季度尚未结束 | 2098-04-01 | R5.1:2098-Q1:%",
      "AnnualSettlementRequested          | 2097 |   |         | Task_SettleYear         | 2097年度尚未结束      | 2098-01-01 | R8:2097:%",
      "MonthlyOpinionSettlementRequested  | 2096 | 1 | month   | Task_SettleOpinionMonth | 2096年1月尚未结束     | 2096-02-01 | R9.2:2096-01:%"})
  void aFailedSettlementIsAnIncidentWithRetriesAndBooksOnceWhenRetried(String message, int year, Integer part,
      String partName, String task, String refusal, String periodOver, String sources) {
    // given a settlement started while its period is still running
    at(year + "-01-15T10:00:00+08:00");
    Map<String, Object> variables = new HashMap<>(Map.of("year", year));
    if (part != null) {
      variables.put(partName, part);
    }
    String instance = runtime.createMessageCorrelation(message).setVariables(variables).correlateStartMessage().getId();

    // when its settlement job runs three times (R3/PT5M: 5 minutes apart in the application)
    for (int attempt = 1; attempt <= 3; attempt++) {
      String job = settlementJob(instance, task).getId();
      assertThatThrownBy(() -> management.executeJob(job)).hasMessageContaining(refusal);
    }

    // then the instance stays started and waits at its task, with an incident in Chinese, and nothing is booked
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
    assertThat(settlementJob(instance, task).getRetries()).isZero();
    Incident incident = runtime.createIncidentQuery().processInstanceId(instance).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(task);
    assertThat(incident.getIncidentMessage()).startsWith(refusal);
    assertThat(everBooked(sources)).isZero();

    // when the period is over and the job retried (Cockpit's 重试), then the period is booked exactly once
    at(periodOver + "T09:00:00+08:00");
    management.setJobRetries(settlementJob(instance, task).getId(), 1);
    TestJobs.run(management, instance);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isOne();
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    int active = jdbc.queryForObject("select count(*) from pd_ledger_entry where source_id like ? "
        + "and superseded_at is null", Integer.class, sources);
    assertThat(active).isPositive().isEqualTo(everBooked(sources));
  }

  private Job settlementJob(String instance, String task) {
    return management.createJobQuery().processInstanceId(instance).activityId(task).singleResult();
  }

  /** Every ledger line ever booked for the period, superseded ones too. */
  private int everBooked(String sources) {
    return jdbc.queryForObject("select count(*) from pd_ledger_entry where source_id like ?", Integer.class, sources);
  }

  private static void at(String time) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(time).toInstant()));
  }
}
