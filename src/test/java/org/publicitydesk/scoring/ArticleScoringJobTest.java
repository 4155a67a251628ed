package org.publicitydesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.publicitydesk.TestJobs;
import org.publicitydesk.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code Task_ScoreArticle} is a job of its own (asyncBefore, issue 17): when scoring fails, the editorial office's
 * recorded adoption stands, the scoring becomes an incident in Cockpit after its retries, and once the cause is fixed a
 * retry books the R4 line exactly once. Year 2054, which no other test uses.
 */
@PublicityDeskTest
class ArticleScoringJobTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    at("2054-03-02T10:00:00+08:00");
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  @Test
  void aFailedScoringIsAnIncidentWithRetriesAndBooksOnceWhenRetried() {
    // given an accepted article of 社会事务办公室 whose row cannot be found by its instance when the scoring job runs
    ProcessInstance pi = TestUsers.as(identity, "inf-social",
        () -> runtime.startProcessInstanceByKey("ArticleReview", TestArticles.start("social", "ORDINARY")));
    long article = jdbc.queryForObject("select id from pd_article where process_instance_id = ?", Long.class, pi.getId());
    complete(pi, "head-social", Map.of("approved", true, "comment", "同意"));
    complete(pi, "editor-liu", Map.of("decision", "ACCEPT"));
    at("2054-03-04T18:00:00+08:00");
    // a provincial brief on another page's headline (40 + 15 = 55, R4), and tracking ends
    complete(pi, "editor-liu", Map.of("mediaName", "大众日报", "length", "BRIEF", "placement", "OTHER_PAGE_HEADLINE",
        "publishedOn", "2054-03-04", "trackingDone", true));
    jdbc.update("update pd_article set process_instance_id = 'moved-away' where id = ?", article);

    // when the scoring job runs three times (R3/PT5M: 5 minutes apart in the application)
    for (int attempt = 1; attempt <= 3; attempt++) {
      String job = scoringJob(pi).getId();
      Date failedAt = ClockUtil.getCurrentTime();
      assertThatThrownBy(() -> management.executeJob(job)).hasMessageContaining("找不到流程实例 " + pi.getId() + " 的稿件");
      if (attempt == 1) {
        // then the job executor would try again 5 minutes later, twice more (failed-job-retry-time-cycle R3/PT5M)
        assertThat(scoringJob(pi).getRetries()).isEqualTo(2);
        assertThat(Duration.between(failedAt.toInstant(), scoringJob(pi).getDuedate().toInstant()))
            .isBetween(Duration.ofMinutes(5), Duration.ofMinutes(5).plusSeconds(10));
      }
    }

    // then the editorial office's task is done and its adoption recorded, the scoring is an incident with a Chinese
    // message, and nothing is booked
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_RecordAdoption").finished().count()).isOne();
    assertThat(jdbc.queryForObject("select count(*) from pd_adoption where article_id = ?", Integer.class, article))
        .isOne();
    assertThat(pi).isWaitingAt("Task_ScoreArticle");
    assertThat(scoringJob(pi).getRetries()).isZero();
    Incident incident = runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("Task_ScoreArticle");
    assertThat(incident.getIncidentMessage()).startsWith("计分失败:找不到流程实例 " + pi.getId() + " 的稿件,未记分(R4)");
    assertThat(everBooked(article)).isEmpty();

    // when the cause is fixed and the job retried (Cockpit's 重试), then the article is scored exactly once
    jdbc.update("update pd_article set process_instance_id = ? where id = ?", pi.getId(), article);
    management.setJobRetries(scoringJob(pi).getId(), 1);
    TestJobs.run(management, pi.getId());
    assertThat(pi).isEnded().hasPassed("Task_ScoreArticle", "EndEvent_ArticleScored");
    assertThat(everBooked(article)).containsExactly("social:R4:55:2054-03-04");
    assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  private void complete(ProcessInstance pi, String user, Map<String, Object> variables) {
    TestUsers.as(identity, user, () -> {
      Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskCandidateUser(user).singleResult();
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), variables);
      return null;
    });
  }

  private Job scoringJob(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_ScoreArticle").singleResult();
  }

  /** Every ledger line ever booked for the article, superseded ones too. */
  private List<String> everBooked(long article) {
    return jdbc.queryForList("select unit_code || ':' || rule_id || ':' || points || ':' || occurred_on "
        + "from pd_ledger_entry where source_type = 'ARTICLE' and source_id = ?", String.class, String.valueOf(article));
  }

  private static void at(String time) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(time).toInstant()));
  }
}
