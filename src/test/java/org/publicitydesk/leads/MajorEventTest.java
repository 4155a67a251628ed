package org.publicitydesk.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.publicitydesk.TestJobs;
import org.publicitydesk.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code MajorEvent}: a news lead reported on time by its responsible unit, late, never, and completed by another
 * unit (R5.2 −10 to the responsible unit each time it misses; R7 the completing unit scores, and the ledger says so).
 * Year 2049; on time = the responsible unit's article accepted before the deadline.
 */
@PublicityDeskTest
class MajorEventTest {

  private static final String DEADLINE = "2049-03-05T17:00:00+08:00";

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TestRestTemplate rest;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    at("2049-03-01T10:00:00+08:00");
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  @Test
  void reportedOnTimeByTheResponsibleUnit() {
    ProcessInstance lead = assign("招商推介会(按时)", "economy");
    assertThat(lead).isWaitingAt("Gateway_ReportedOrDeadline");
    String leadId = lead.getBusinessKey();
    assertThat(leads("inf-urban", "OPEN")).extracting(l -> l.get("id")).contains(leadId);

    ProcessInstance article = acceptedArticle("inf-economy", "head-economy", leadId);
    assertThat(lead).isEnded().hasPassed("Task_RecordReport", "EndEvent_ReportedOnTime");
    adopt(article, "2049-03-06");
    assertThat(ledger("LEAD", leadId)).isEmpty();
    assertThat(articleLedger(article)).singleElement().satisfies(line -> assertThat(line).startsWith("economy:R4:55:"));
    assertThat(leads("editor-liu", "COMPLETED")).filteredOn(l -> l.get("id").equals(leadId)).singleElement()
        .satisfies(l -> assertThat(l).containsEntry("onTime", true).containsEntry("completedByUnitCode", "economy"));
  }

  @Test
  void reportedLateCostsTenOnceAndIsStillRecorded() {
    ProcessInstance lead = assign("防汛演练(逾期)", "economy");
    String leadId = lead.getBusinessKey();
    passDeadline(lead);
    assertThat(lead).isWaitingAt("Gateway_LateReportOrStop");
    assertThat(ledger("LEAD", leadId)).containsExactly("economy:R5.2:-10:2049-03-05");

    acceptedArticle("inf-economy", "head-economy", leadId);
    assertThat(lead).isEnded().hasPassed("Task_RecordLateReport", "EndEvent_ReportedLate");
    assertThat(ledger("LEAD", leadId)).containsExactly("economy:R5.2:-10:2049-03-05");
    assertThat(leads("editor-liu", "COMPLETED")).filteredOn(l -> l.get("id").equals(leadId)).singleElement()
        .satisfies(l -> assertThat(l).containsEntry("onTime", false));
  }

  @Test
  void aFailedLateBookingIsAnIncidentWithRetriesAndBooksOnceWhenRetried() {
    // given a lead whose deadline passes while its booking cannot be done (the lead's row is not found)
    ProcessInstance lead = assign("安全生产检查(结算失败)", "urban");
    String leadId = lead.getBusinessKey();
    Job deadline = management.createJobQuery().processInstanceId(lead.getId()).timers().singleResult();
    at("2049-03-06T09:00:00+08:00");
    management.executeJob(deadline.getId());
    jdbc.update("update pd_lead set process_instance_id = 'moved-away' where process_instance_id = ?", lead.getId());
    // when the booking job runs three times, then it is an incident in Cockpit, the deadline timer stays fired
    for (int attempt = 1; attempt <= 3; attempt++) {
      String id = bookingJob(lead).getId();
      assertThatThrownBy(() -> management.executeJob(id)).isNotNull();
    }
    assertThat(bookingJob(lead).getRetries()).isZero();
    assertThat(runtime.createIncidentQuery().processInstanceId(lead.getId()).activityId("Task_BookLateReport").count())
        .isOne();
    assertThat(ledger("LEAD", leadId)).isEmpty();
    assertThat(management.createJobQuery().processInstanceId(lead.getId()).timers().count()).isZero();
    // and once the cause is fixed and the job retried (Cockpit's 重试), the penalty is booked once
    jdbc.update("update pd_lead set process_instance_id = ? where process_instance_id = 'moved-away'", lead.getId());
    management.setJobRetries(bookingJob(lead).getId(), 1);
    management.executeJob(bookingJob(lead).getId());
    assertThat(lead).isWaitingAt("Gateway_LateReportOrStop");
    assertThat(ledger("LEAD", leadId)).containsExactly("urban:R5.2:-10:2049-03-05");
    assertThat(runtime.createIncidentQuery().processInstanceId(lead.getId()).count()).isZero();
  }

  @Test
  void neverReportedCostsTenAndTrackingEnds() {
    ProcessInstance lead = assign("社区运动会(未报送)", "urban");
    passDeadline(lead);
    at("2049-04-10T10:00:00+08:00");
    Job tracking = management.createJobQuery().processInstanceId(lead.getId()).timers().singleResult();
    management.executeJob(tracking.getId());
    assertThat(lead).isEnded().hasPassed("EndEvent_NeverReported");
    assertThat(ledger("LEAD", lead.getBusinessKey())).containsExactly("urban:R5.2:-10:2049-03-05");
    assertThat(leads("inf-urban", "OVERDUE")).extracting(l -> l.get("id")).contains(lead.getBusinessKey());
  }

  @Test
  void anotherUnitThatCompletesTheStoryScoresUnderR7() {
    ProcessInstance lead = assign("企业座谈会(他人完成)", "economy");
    String leadId = lead.getBusinessKey();
    // 城市管理办公室 writes the story, accepted and adopted before the deadline: an ordinary R4 score for now
    ProcessInstance article = acceptedArticle("inf-urban", "head-urban", leadId);
    assertThat(lead).isWaitingAt("Gateway_ReportedOrDeadline");
    adopt(article, "2049-03-04");
    assertThat(articleLedger(article)).singleElement().satisfies(line -> assertThat(line).startsWith("urban:R4:55:"));
    // the deadline passes without 经济发展办公室's report: −10 to economy, and urban's points now come from R7
    passDeadline(lead);
    assertThat(ledger("LEAD", leadId)).containsExactly("economy:R5.2:-10:2049-03-05");
    assertThat(articleLedger(article)).singleElement().satisfies(line -> assertThat(line)
        .startsWith("urban:R7:55:2049-03-04:谁完成谁加分(R7):完成了经济发展办公室负责的重大活动/线索《企业座谈会(他人完成)》(责任单位未按时报送)。"));
    assertThat(jdbc.queryForObject("select count(*) from pd_ledger_entry where source_type = 'ARTICLE' and source_id = ? "
        + "and superseded_at is null", Integer.class, articleId(article))).isEqualTo(1);
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    assertThatThrownBy(() -> start(Map.of("title", "x", "responsibleUnitCode", "nowhere", "deadline", DEADLINE)))
        .hasMessageContaining("【responsibleUnitCode 责任单位】单位 nowhere 不存在");
    assertThatThrownBy(() -> start(Map.of("title", "x", "responsibleUnitCode", "economy", "deadline", "2049-02-01T17:00")))
        .hasMessageContaining("【deadline 报送时限】时限必须晚于现在");
    assertThatThrownBy(() -> start(Map.of("title", "x", "responsibleUnitCode", "economy", "deadline", "下周五")))
        .hasMessageContaining("【deadline 报送时限】“下周五”不是日期时间");
    assertThatThrownBy(() -> start(Map.of("title", " ", "responsibleUnitCode", "economy", "deadline", DEADLINE)))
        .hasMessageContaining("【title 标题】不能为空");
    // informants do not assign leads, and an article cannot answer a lead that does not exist
    assertThatThrownBy(() -> TestUsers.as(identity, "inf-economy", () -> runtime.startProcessInstanceByKey("MajorEvent",
        Map.of("title", "x", "responsibleUnitCode", "economy", "deadline", DEADLINE))))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    VariableMap variables = TestArticles.start("economy", "ORDINARY").putValue("leadId", "999999");
    assertThatThrownBy(() -> TestUsers.as(identity, "inf-economy",
        () -> runtime.startProcessInstanceByKey("ArticleReview", variables)))
        .hasMessageContaining("【leadId 新闻线索/重大活动】线索 999999 不存在");
    assertThat(rest.withBasicAuth("inf-economy", "demo").getForEntity("/api/leads?status=LOST", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private ProcessInstance assign(String title, String unit) {
    Map<String, Object> variables = new HashMap<>(Map.of("title", title, "responsibleUnitCode", unit,
        "deadline", "2049-03-05T17:00", "notes", "请做好宣传报道"));
    return start(variables);
  }

  private ProcessInstance start(Map<String, Object> variables) {
    return TestUsers.as(identity, "editor-liu", () -> runtime.startProcessInstanceByKey("MajorEvent", variables));
  }

  private void passDeadline(ProcessInstance lead) {
    Job deadline = management.createJobQuery().processInstanceId(lead.getId()).timers().singleResult();
    assertThat(deadline.getDuedate()).isEqualTo(Date.from(ZonedDateTime.parse(DEADLINE).toInstant()));
    at("2049-03-06T09:00:00+08:00");
    management.executeJob(deadline.getId());
    // the booking is a job of its own (asyncBefore, issue 17)
    management.executeJob(bookingJob(lead).getId());
  }

  private Job bookingJob(ProcessInstance lead) {
    return management.createJobQuery().processInstanceId(lead.getId()).activityId("Task_BookLateReport").singleResult();
  }

  /** Submitted by the informant with the lead, approved by the unit head, accepted by the editorial office. */
  private ProcessInstance acceptedArticle(String informant, String head, String leadId) {
    String unit = informant.substring(4);
    VariableMap variables = TestArticles.start(unit, "ORDINARY").putValue("leadId", leadId);
    ProcessInstance pi = TestUsers.as(identity, informant, () -> runtime.startProcessInstanceByKey("ArticleReview", variables));
    complete(pi, head, Map.of("approved", true, "comment", "同意"));
    complete(pi, "editor-liu", Map.of("decision", "ACCEPT"));
    assertThat(pi).isWaitingAt("Task_RecordAdoption");
    return pi;
  }

  /** A provincial brief on another page's headline (40 + 15 = 55, R4), then tracking ends and the article is scored. */
  private void adopt(ProcessInstance article, String publishedOn) {
    at(publishedOn + "T18:00:00+08:00");  // an adoption is recorded once it has been published
    complete(article, "editor-liu", Map.of("mediaName", "大众日报", "length", "BRIEF", "placement", "OTHER_PAGE_HEADLINE",
        "publishedOn", publishedOn, "trackingDone", true));
    TestJobs.run(management, article.getId());
    assertThat(article).isEnded();
  }

  private void complete(ProcessInstance pi, String user, Map<String, Object> variables) {
    TestUsers.as(identity, user, () -> {
      Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskCandidateUser(user).singleResult();
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), variables);
      return null;
    });
  }

  private List<Map<String, Object>> leads(String user, String status) {
    return rest.withBasicAuth(user, "demo").getForObject("/api/leads?status=" + status, List.class);
  }

  private String articleId(ProcessInstance article) {
    return String.valueOf(jdbc.queryForObject("select id from pd_article where process_instance_id = ?", Long.class,
        article.getId()));
  }

  private List<String> articleLedger(ProcessInstance article) {
    return jdbc.queryForList("select unit_code || ':' || rule_id || ':' || points || ':' || occurred_on || ':' || note "
        + "from pd_ledger_entry where source_type = 'ARTICLE' and source_id = ? and superseded_at is null", String.class,
        articleId(article));
  }

  private List<String> ledger(String source, String id) {
    return jdbc.queryForList("select unit_code || ':' || rule_id || ':' || points || ':' || occurred_on "
        + "from pd_ledger_entry where source_type = ? and source_id = ? and superseded_at is null", String.class, source, id);
  }

  private static void at(String time) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(time).toInstant()));
  }
}
