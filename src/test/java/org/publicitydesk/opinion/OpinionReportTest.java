package org.publicitydesk.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestJobs;
import org.publicitydesk.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code PublicOpinionReport} (R3.1 on time before 09:15 on working days, R9.1, R9.3), communities only. */
@PublicityDeskTest
class OpinionReportTest {

  @Autowired
  ManagementService management;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  HistoryService history;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  @ParameterizedTest(name = "{0} → on time {1}")
  @CsvSource({
      "2026-03-02T09:14:59+08:00, true",   // Monday, a second before the deadline
      "2026-03-02T09:15:00+08:00, false",  // Monday, at the deadline
      "2026-10-01T09:00:00+08:00, false",  // National Day holiday
      "2026-02-14T09:00:00+08:00, true",   // Saturday, a make-up working day
      "2026-03-07T09:00:00+08:00, false"}) // an ordinary Saturday
  void onTimeIsBeforeQuarterPastNineOnAWorkingDay(String at, boolean onTime) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(at).toInstant()));
    ProcessInstance pi = report("inf-xinhua", null);
    assertThat(pi).isWaitingAt("Task_CheckOpinionReport");
    assertThat(jdbc.queryForObject("select on_time from pd_opinion_report where process_instance_id = ?", Boolean.class,
        pi.getId())).isEqualTo(onTime);
  }

  @Test
  void anOnTimeAcceptedReportAdoptedInTheBulletinScoresTenAndFifteen() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-03T08:30:00+08:00").toInstant()));
    ProcessInstance pi = report("inf-heping", "heping");
    // the community informant sees its own report
    assertThat(as("inf-heping", () -> history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).count()))
        .isEqualTo(1L);
    assertThat(as("inf-xinhua", () -> history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).count()))
        .isZero();
    complete(pi, "editor-liu", Map.of("decision", "ACCEPT"));
    assertThat(pi).isWaitingAt("Task_RecordBulletinAdoption");
    complete(pi, "editor-liu", Map.of("adoptedInBulletin", "true", "bulletinIssue", "2026年第12期",
        "bulletinDate", "2026-03-10"));
    assertThat(pi).isEnded().hasPassed("Task_ScoreOpinionReport");
    assertThat(ledger(pi)).containsExactly("R9.1:10:2026-03-03", "R9.3:15:2026-03-10");
  }

  @Test
  void aLateOrLowQualityReportEarnsNoR91() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-03T10:00:00+08:00").toInstant()));
    ProcessInstance late = report("inf-heping", null);
    complete(late, "editor-liu", Map.of("decision", "ACCEPT"));
    complete(late, "editor-liu", Map.of("adoptedInBulletin", false));
    assertThat(ledger(late)).isEmpty();
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-04T08:00:00+08:00").toInstant()));
    ProcessInstance poor = report("inf-heping", null);
    complete(poor, "editor-liu", Map.of("decision", "LOW_QUALITY"));
    assertThat(poor).isEnded();
    assertThat(ledger(poor)).isEmpty();
  }

  @Test
  void aFailedScoringIsAnIncidentWithRetriesAndScoresOnceWhenRetried() {
    // given an on-time report accepted, whose row cannot be found when its scoring job runs
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-05T08:30:00+08:00").toInstant()));
    ProcessInstance pi = report("inf-yingbin", null);
    Long id = jdbc.queryForObject("select id from pd_opinion_report where process_instance_id = ?", Long.class, pi.getId());
    complete(pi, "editor-liu", Map.of("decision", "ACCEPT"));
    completeOnly(pi, "editor-liu", Map.of("adoptedInBulletin", false));
    jdbc.update("update pd_opinion_report set process_instance_id = 'moved-away' where id = ?", id);

    // when the scoring job runs three times (R3/PT5M: 5 minutes apart in the application)
    for (int attempt = 1; attempt <= 3; attempt++) {
      String job = scoringJob(pi).getId();
      assertThatThrownBy(() -> management.executeJob(job)).hasMessageContaining("找不到流程实例 " + pi.getId() + " 的舆情信息");
    }

    // then the editorial office's answer stands (its task done, the report recorded), the scoring is an incident in
    // Cockpit with a Chinese message, and nothing is booked
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_RecordBulletinAdoption").finished().count()).isOne();
    assertThat(jdbc.queryForObject("select status from pd_opinion_report where id = ?", String.class, id))
        .isEqualTo("ACCEPTED");
    assertThat(pi).isWaitingAt("Task_ScoreOpinionReport");
    assertThat(scoringJob(pi).getRetries()).isZero();
    Incident incident = runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("Task_ScoreOpinionReport");
    assertThat(incident.getIncidentMessage()).startsWith("找不到流程实例 " + pi.getId() + " 的舆情信息,未处理(R9)");
    assertThat(bookedLines(id)).isZero();

    // when the cause is fixed and the job retried (Cockpit's 重试), then R9.1 is booked exactly once
    jdbc.update("update pd_opinion_report set process_instance_id = ? where id = ?", pi.getId(), id);
    management.setJobRetries(scoringJob(pi).getId(), 1);
    TestJobs.run(management, pi.getId());
    assertThat(pi).isEnded().hasPassed("Task_ScoreOpinionReport");
    assertThat(ledger(pi)).containsExactly("R9.1:10:2026-03-05");
    assertThat(bookedLines(id)).isOne();
    assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  /** Every line ever booked for the report, superseded ones too. */
  private int bookedLines(Long reportId) {
    return jdbc.queryForObject("select count(*) from pd_ledger_entry where source_type = 'OPINION' and source_id = ?",
        Integer.class, String.valueOf(reportId));
  }

  @Test
  void aDepartmentInformantIsRefused() {
    assertThatThrownBy(() -> report("inf-economy", "economy")).hasMessageContaining("舆情信息只由社区信息员报送");
    assertThatThrownBy(() -> report("inf-economy", null)).hasMessageContaining("舆情信息只由社区信息员报送");
  }

  private ProcessInstance report(String informant, String unit) {
    Map<String, Object> variables = new java.util.HashMap<>(Map.of("title", "居民反映小区停车难", "content",
        "近日,部分居民反映晚间小区停车位紧张,建议增设临时停车点。"));
    if (unit != null) {
      variables.put("unitCode", unit);
    }
    return as(informant, () -> runtime.startProcessInstanceByKey("PublicOpinionReport", variables));
  }

  /** Completes the open task, and the scoring job runs after it as the job executor would run it. */
  private void complete(ProcessInstance pi, String user, Map<String, Object> variables) {
    completeOnly(pi, user, variables);
    TestJobs.run(management, pi.getId());
  }

  private void completeOnly(ProcessInstance pi, String user, Map<String, Object> variables) {
    as(user, () -> {
      tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), variables);
      return null;
    });
  }

  private Job scoringJob(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_ScoreOpinionReport").singleResult();
  }

  private List<String> ledger(ProcessInstance pi) {
    Long id = jdbc.queryForObject("select id from pd_opinion_report where process_instance_id = ?", Long.class, pi.getId());
    return jdbc.queryForList("select rule_id || ':' || points || ':' || occurred_on from pd_ledger_entry where "
        + "source_type = 'OPINION' and source_id = ? and superseded_at is null order by rule_id", String.class,
        String.valueOf(id));
  }

  private <T> T as(String user, java.util.function.Supplier<T> action) {
    return TestUsers.as(identity, user, action);
  }
}
