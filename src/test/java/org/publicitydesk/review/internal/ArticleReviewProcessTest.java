package org.publicitydesk.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.RecordingMailSender;
import org.publicitydesk.TestArticles;
import org.publicitydesk.TestUsers;
import org.publicitydesk.review.ArticleAccepted;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.review.ArticleStatus;
import org.publicitydesk.security.RequestRefused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Scenario tests of {@code ArticleReview} (R1, R10.1, R10.4) on the real engine with the sample organisation: each
 * item class, a return at each level, resubmission, withdrawal, the editorial outcomes, due dates and reminders.
 */
@PublicityDeskTest
@RecordApplicationEvents
class ArticleReviewProcessTest {

  /** Monday 2 March 2026, 10:00 in Shanghai: a working day, inside the submission window. */
  private static final ZonedDateTime MONDAY_10 = ZonedDateTime.parse("2026-03-02T10:00:00+08:00[Asia/Shanghai]");

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
  ArticleRepository articles;
  @Autowired
  ReviewReminders reminders;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ApplicationEvents events;
  @Autowired
  RecordingMailSender mail;
  @Autowired
  ArticleFormView view;
  @Autowired
  ApplicationContext context;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(MONDAY_10.toInstant()));
  }

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void ordinaryArticleGoesFromTheUnitHeadToTheEditorialOffice() {
    // given (R1.1)
    ProcessInstance pi = submit("inf-economy", "economy", "ORDINARY");
    assertThat(pi).isWaitingAt("Task_ReviewByUnitHead");
    assertThat(task(pi)).hasCandidateGroup("unit-economy-head");
    assertThat(candidates(pi)).contains("head-economy").doesNotContain("head-urban", "sup-wang");
    // when
    review(pi, "head-economy", true, "同意报送");
    // then
    assertThat(pi).isWaitingAt("Task_EditorialReview").hasNotPassed("Task_ReviewBySupervisor");
    assertThat(task(pi)).hasCandidateGroup("editorial");
    decide(pi, "editor-liu", "ACCEPT", null);
    assertThat(pi).isWaitingAt("Task_RecordAdoption").hasPassed("Task_AcceptArticle");
    assertThat(task(pi)).hasCandidateGroup("editorial");
    // the history keeps every step in order and no row for the exclusive gateways passed (issue 17)
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list())
        .extracting(org.camunda.bpm.engine.history.HistoricActivityInstance::getActivityId)
        .containsExactly("StartEvent_ArticleSubmitted", "Task_RegisterArticle", "Task_DetermineRouting",
            "Task_ReviewByUnitHead", "Task_EditorialReview", "Task_AcceptArticle", "Task_RecordAdoption");
    ArticleEntity article = article(pi);
    assertThat(article.status).isEqualTo(ArticleStatus.ACCEPTED);
    assertThat(article.number).isEqualTo("2026-%06d".formatted(article.id));
    // the review record is kept in business time, like every deadline
    assertThat(jdbc.queryForList("select decided_at from pd_review_step where article_id = ?", java.sql.Timestamp.class,
        article.id)).extracting(java.sql.Timestamp::toInstant).containsOnly(MONDAY_10.toInstant());
    assertThat(events.stream(ArticleAccepted.class).filter(e -> e.articleId() == article.id))
        .singleElement().satisfies(e -> {
          assertThat(e.unitCode()).isEqualTo("economy");
          assertThat(e.informant()).isEqualTo("inf-economy");
        });
  }

  @Test
  void anArticleIsFoundByItsProcessInstanceAndAKeptIdThatNoLongerMatchesIsNotBelieved() {
    ProcessInstance pi = submit("inf-economy", "economy", "ORDINARY");
    ArticleEntity article = article(pi);
    assertThat(article.processInstanceId).isEqualTo(pi.getId());
    // an id kept for an instance in a transaction that then rolled back: another article has that id now
    ArticleEntity ghost = new ArticleEntity();
    ghost.id = article.id;
    ghost.processInstanceId = "rolled-back-instance";
    articles.remember(ghost);
    assertThat(articles.findByProcessInstanceId("rolled-back-instance")).isEmpty();
    // an id kept for an instance whose article is not there at all
    ghost.id = Long.MAX_VALUE;
    ghost.processInstanceId = pi.getId();
    articles.remember(ghost);
    assertThat(articles.findByProcessInstanceId(pi.getId())).get().extracting(a -> a.id).isEqualTo(article.id);
    assertThat(articles.findByProcessInstanceId("no-such-instance")).isEmpty();
  }

  @Test
  void majorArticleNeedsTheUnitsSupervisingLeader() {
    ProcessInstance pi = submit("inf-economy", "economy", "MAJOR");
    review(pi, "head-economy", true, null);
    assertThat(pi).isWaitingAt("Task_ReviewBySupervisor");
    assertThat(task(pi)).hasCandidateGroup("unit-economy-supervisor");
    assertThat(candidates(pi)).containsExactly("sup-wang");
    review(pi, "sup-wang", true, null);
    assertThat(pi).isWaitingAt("Task_EditorialReview").hasNotPassed("Task_ReviewByPrincipal");
  }

  @Test
  void supervisingLeaderFollowsTheUnit() {
    ProcessInstance pi = submit("inf-urban", "urban", "MAJOR");
    review(pi, "head-urban", true, null);
    assertThat(candidates(pi)).containsExactly("sup-li");
  }

  @Test
  void leadershipArticleNeedsAPrincipalLeader() {
    ProcessInstance pi = submit("inf-economy", "economy", "LEADERSHIP");
    review(pi, "head-economy", true, null);
    review(pi, "sup-wang", true, null);
    assertThat(pi).isWaitingAt("Task_ReviewByPrincipal");
    assertThat(task(pi)).hasCandidateGroup("principals");
    assertThat(candidates(pi)).containsExactly("principal-zhang");
    review(pi, "principal-zhang", true, null);
    assertThat(pi).isWaitingAt("Task_EditorialReview");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Task_ReviewByUnitHead", "Task_ReviewBySupervisor", "Task_ReviewByPrincipal",
      "Task_EditorialReview"})
  void anyReviewerReturnsTheArticleAndTheChainStartsAgainAtTheUnitHead(String level) {
    // given a LEADERSHIP article approved up to the level
    ProcessInstance pi = waitingAt(level, "LEADERSHIP");
    // when it is returned with a comment
    if (level.equals("Task_EditorialReview")) {
      decide(pi, "editor-liu", "RETURN", "请补充项目投资数据");
    } else {
      review(pi, MidProcess.REVIEWERS.get(ArticleReviewProcess.level(level) - 1), false, "请补充项目投资数据");
    }
    // then the informant revises, sees the comment, and resubmits to the unit head
    assertThat(pi).isWaitingAt("Task_ReviseArticle");
    assertThat(task(pi)).isAssignedTo("inf-economy");
    assertThat(view.view(pi.getId()).reviewHistory()).contains("请补充项目投资数据");
    assertThat(runtime.getVariable(pi.getId(), "comment")).isNull();
    assertThat(article(pi).status).isEqualTo(ArticleStatus.RETURNED);
    // (an instance started before issue 17 still carries the form view as variables: the revision removes them)
    runtime.setVariables(pi.getId(), Map.of("articleSummary", "旧概要", "reviewHistory", "旧记录", "nearCopyPending", false));
    as("inf-economy", () -> {
      tasks.complete(task(pi).getId(), Variables.createVariables().putValue("withdrawn", false)
          .putValue("document", Variables.fileValue("修改稿.docx").file(TestArticles.docx("修改后的稿件正文,补充了投资数据。"))
              .mimeType(TestArticles.DOCX).create()));
      return null;
    });
    assertThat(pi).isWaitingAt("Task_ReviewByUnitHead");
    assertThat(article(pi).revision).isEqualTo(2);
    assertThat(article(pi).status).isEqualTo(ArticleStatus.IN_REVIEW);
    assertThat(runtime.getVariable(pi.getId(), "document")).isNull();
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("articleSummary", "reviewHistory", "nearCopyPending")
        .containsEntry("titleGist", ArticleSummary.gist(article(pi).title));
  }

  @Test
  void aReturnNeedsAComment() {
    ProcessInstance pi = submit("inf-economy", "economy", "ORDINARY");
    assertThatThrownBy(() -> review(pi, "head-economy", false, " "))
        .hasRootCauseInstanceOf(RequestRefused.class).hasMessageContaining("退回稿件时必须填写修改意见");
    assertThat(pi).isWaitingAt("Task_ReviewByUnitHead");
  }

  @Test
  void reviewFormsSubmitStringsAndTheyAreUnderstood() {
    ProcessInstance pi = submit("inf-economy", "economy", "ORDINARY");
    // form-js radio buttons send "true"/"false"
    as("head-economy", () -> {
      tasks.complete(task(pi).getId(), Map.of("approved", "true", "comment", ""));
      return null;
    });
    assertThat(pi).isWaitingAt("Task_EditorialReview");
    assertThat(runtime.getVariable(pi.getId(), "approved")).isNull();
  }

  @Test
  void theInformantWithdrawsAReturnedArticle() {
    ProcessInstance pi = submit("inf-economy", "economy", "ORDINARY");
    review(pi, "head-economy", false, "主题不突出");
    as("inf-economy", () -> {
      tasks.complete(task(pi).getId(), Map.of("withdrawn", true));
      return null;
    });
    assertThat(pi).isEnded().hasPassed("EndEvent_ArticleWithdrawn");
    assertThat(article(pi).status).isEqualTo(ArticleStatus.WITHDRAWN);
  }

  @Test
  void theInformantWithdrawsBeforeAnybodyApproved(@Autowired ReviewDecisions service) {
    ProcessInstance pi = submit("inf-economy", "economy", "MAJOR");
    service.withdraw(pi.getId(), "inf-economy");
    assertThat(pi).isEnded().hasPassed("BoundaryEvent_WithdrawnBeforeApproval", "EndEvent_ArticleWithdrawn");
    assertThat(article(pi).status).isEqualTo(ArticleStatus.WITHDRAWN);
  }

  @Test
  void lowQualityEndsTheArticleUncounted() {
    ProcessInstance pi = waitingAt("Task_EditorialReview", "ORDINARY");
    decide(pi, "editor-liu", "LOW_QUALITY", "内容空泛");
    assertThat(pi).isEnded().hasPassed("EndEvent_ArticleLowQuality");
    ArticleEntity article = article(pi);
    assertThat(article.status).isEqualTo(ArticleStatus.LOW_QUALITY);
    assertThat(events.stream(ArticleAccepted.class).filter(e -> e.articleId() == article.id)).isEmpty();
  }

  @Test
  void anUnknownEditorialDecisionIsRefused() {
    ProcessInstance pi = waitingAt("Task_EditorialReview", "ORDINARY");
    assertThatThrownBy(() -> decide(pi, "editor-liu", "PUBLISH", null)).hasMessageContaining("ACCEPT、LOW_QUALITY、RETURN");
  }

  @Test
  void reviewTasksAreDueAtTheEndOfTheNextWorkingDay() {
    // Monday 10:00 → Tuesday 17:00
    ProcessInstance pi = submit("inf-economy", "economy", "ORDINARY");
    assertThat(task(pi).getDueDate()).isEqualTo(Date.from(ZonedDateTime.parse("2026-03-03T17:00:00+08:00").toInstant()));
    assertThat(article(pi).outsideWindow).isFalse();
  }

  @Test
  void aSubmissionBeforeAHolidayIsDueAfterIt() {
    // Wednesday 30 September 2026, 16:00 → the National Day holiday runs 1–7 October → Thursday 8 October 17:00
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-09-30T16:00:00+08:00").toInstant()));
    ProcessInstance pi = submit("inf-economy", "economy", "ORDINARY");
    assertThat(task(pi).getDueDate()).isEqualTo(Date.from(ZonedDateTime.parse("2026-10-08T17:00:00+08:00").toInstant()));
  }

  @Test
  void aSubmissionOnSaturdayIsAcceptedAndMarkedOutsideTheWindow() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-07T11:00:00+08:00").toInstant()));
    ProcessInstance pi = submit("inf-economy", "economy", "ORDINARY");
    assertThat(article(pi).outsideWindow).isTrue();
    assertThat(view.view(pi.getId()).articleSummary()).contains("非工作时间报送");
  }

  @Test
  void urgentArticlesAreDueInOneWorkingHourAndTheirReviewersAreToldAtOnce() {
    // Monday 16:30 + 1 working hour = Tuesday 09:30 (R10.4)
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-02T16:30:00+08:00").toInstant()));
    VariableMap variables = TestArticles.start("economy", "ORDINARY").putValue("urgent", true);
    ProcessInstance pi = as("inf-economy", () -> runtime.startProcessInstanceByKey("ArticleReview", variables));
    Task task = task(pi);
    assertThat(task.getDueDate()).isEqualTo(Date.from(ZonedDateTime.parse("2026-03-03T09:30:00+08:00").toInstant()));
    assertThat(notices("head-economy", "URGENT_ARTICLE", task.getId())).isEqualTo(1);
  }

  @Test
  void anOverdueTaskIsRemindedAtMostThreeTimesEveryFourHours() {
    // given a task due Tuesday 17:00
    ProcessInstance pi = submit("inf-economy", "economy", "ORDINARY");
    String taskId = task(pi).getId();
    // when it is overdue
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-03T17:30:00+08:00").toInstant()));
    assertThat(remindersFor(taskId)).isEqualTo(1);
    assertThat(notices("head-economy", "REMINDER", taskId)).isEqualTo(1);
    assertThat(mail.sent).anySatisfy(m -> {
      assertThat(m.getTo()).containsExactly("head-economy@example.org");
      assertThat(m.getSubject()).contains("【催办】");
      assertThat(m.getText()).contains("第 1 次提醒");
    });
    assertThat(tasks.getTaskComments(taskId)).singleElement()
        .satisfies(c -> assertThat(c.getFullMessage()).contains("【催办】").contains("第 1 次提醒"));
    // then not again within the interval, again after it, and never more than three times
    assertThat(remindersFor(taskId)).isZero();
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-03T21:30:00+08:00").toInstant()));
    assertThat(remindersFor(taskId)).isEqualTo(1);
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-04T01:30:00+08:00").toInstant()));
    assertThat(remindersFor(taskId)).isEqualTo(1);
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-05T09:00:00+08:00").toInstant()));
    assertThat(remindersFor(taskId)).isZero();
    assertThat(notices("head-economy", "REMINDER", taskId)).isEqualTo(3);
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getPriority()).isEqualTo(80);
  }

  @Test
  void aFollowUpShowsTheChainOfReports() {
    ProcessInstance first = submit("inf-economy", "economy", "ORDINARY");
    String number = article(first).number;
    VariableMap variables = TestArticles.start("economy", "ORDINARY").putValue("followUpOf", number);
    ProcessInstance second = as("inf-economy", () -> runtime.startProcessInstanceByKey("ArticleReview", variables));
    assertThat(view.view(second.getId()).articleSummary()).contains("续报").contains(number);
  }

  @Test
  void aDepartmentMayMarkAnArticleAsForwardedFromACommunity() {
    VariableMap forwarded = TestArticles.start("economy", "ORDINARY").putValue("forwardedFromUnit", "dongfeng");
    ProcessInstance pi = as("inf-economy", () -> runtime.startProcessInstanceByKey("ArticleReview", forwarded));
    assertThat(article(pi).forwardedFromUnit).isEqualTo("dongfeng");
    VariableMap wrong = TestArticles.start("dongfeng", "ORDINARY").putValue("forwardedFromUnit", "heping");
    assertThatThrownBy(() -> as("inf-dongfeng", () -> runtime.startProcessInstanceByKey("ArticleReview", wrong)))
        .hasMessageContaining("只有科室转发社区的稿件");
  }

  @Test
  void badStartInputIsRefusedNamingTheField() {
    VariableMap noFile = TestArticles.start("economy", "ORDINARY");
    noFile.remove("document");
    assertThatThrownBy(() -> as("inf-economy", () -> runtime.startProcessInstanceByKey("ArticleReview", noFile)))
        .hasMessageContaining("请上传 Word 稿件 (.docx) 或填写正文");
    VariableMap longTitle = TestArticles.start("economy", "ORDINARY").putValue("title", "长".repeat(201));
    assertThatThrownBy(() -> as("inf-economy", () -> runtime.startProcessInstanceByKey("ArticleReview", longTitle)))
        .hasMessageContaining("标题最多 200 字");
    VariableMap badClass = TestArticles.start("economy", "URGENT");
    assertThatThrownBy(() -> as("inf-economy", () -> runtime.startProcessInstanceByKey("ArticleReview", badClass)))
        .hasMessageContaining("itemClass").hasMessageContaining("ORDINARY、MAJOR、LEADERSHIP");
    // Tasklist's embedded form sends an empty file input as a nameless, empty File: that is no file
    VariableMap textOnly = TestArticles.start("economy", "ORDINARY").putValue("content", "只有正文的稿件。")
        .putValue("photo1", Variables.fileValue("").file(new byte[0]).create()).putValue("photo1Caption", "");
    textOnly.remove("document");
    ProcessInstance pi = as("inf-economy", () -> runtime.startProcessInstanceByKey("ArticleReview", textOnly));
    assertThat(article(pi).wordCount).isEqualTo(7);
  }

  @Test
  void aDepartmentArticleCopyingACommunityArticleIsFlaggedAndTheEditorialOfficeDecides() {
    // given a community article, and a department's near-copy of it (new headline, sentences reordered) (R2.3)
    submitText("inf-dongfeng", "dongfeng", NearCopyDetectorTest.COMMUNITY);
    ProcessInstance copy = submitText("inf-economy", "economy", NearCopyDetectorTest.REORDERED_NEW_HEADLINE);
    ProcessInstance own = submitText("inf-urban", "urban", NearCopyDetectorTest.SAME_TOPIC);
    // then the copy is flagged for the editorial office, the other article on the same topic is not
    assertThat(article(copy).nearCopyOf).isNotNull();
    assertThat(article(copy).nearCopyPercent).isGreaterThanOrEqualTo(75);
    assertThat(view.view(copy.getId()).articleSummary()).contains("疑似转发").contains("东风社区");
    assertThat(view.view(copy.getId()).nearCopyPending()).isTrue();
    assertThat(article(own).nearCopyOf).isNull();
    // when the editorial office accepts it, it must say whether it is forwarded
    review(copy, "head-economy", true, null);
    assertThatThrownBy(() -> decide(copy, "editor-liu", "ACCEPT", null)).hasMessageContaining("转发社区稿件");
    as("editor-liu", () -> {
      Task task = tasks.createTaskQuery().processInstanceId(copy.getId()).singleResult();
      tasks.complete(task.getId(), Map.of("decision", "ACCEPT", "nearCopyVerdict", "CONFIRM"));
      return null;
    });
    // and once confirmed it counts as forwarded from the community: nothing for the department
    assertThat(article(copy).forwardedFromUnit).isEqualTo("dongfeng");
    assertThat(article(copy).nearCopyVerdict).isEqualTo(NearCopyVerdict.CONFIRMED);
  }

  @Test
  void aCommunityArticleStoredBeforeTheNearCopyIndexIsIndexedWhenADepartmentSubmits() {
    // given a community article whose document is not in the near-copy index (stored before it existed) (R2.3)
    ProcessInstance original = submitText("inf-dongfeng", "dongfeng", NearCopyDetectorTest.COMMUNITY);
    String documentId = outOfTheIndex(original);
    // as the upgrade (V103) lists it
    jdbc.update("insert into pd_near_copy_pending (article_id) values (?)", article(original).id);
    // when a department submits a near-copy of it
    ProcessInstance copy = submitText("inf-economy", "economy", NearCopyDetectorTest.REORDERED_NEW_HEADLINE);
    // then the original is indexed on the way and the copy is flagged (with it, or with an earlier article of the
    // same text that another test left in the shared database)
    assertThat(article(copy).nearCopyOf).isNotNull().isLessThanOrEqualTo(article(original).id);
    assertThat(jdbc.queryForObject("select count(*) from pd_near_copy_band where document_id = ?", Integer.class,
        documentId)).isEqualTo(MinHash.BANDS);
    assertThat(pending(documentId)).isFalse();
  }

  @Test
  void aCommunitysArticleThatWasNeverIndexedIsMarkedWhenTheOrganisationChangesAndFoundByTheNextCheck(
      @Autowired org.springframework.transaction.support.TransactionTemplate transaction,
      @Autowired org.springframework.context.ApplicationEventPublisher publisher) {
    // given a community article whose document is not indexed and not marked, as a department's article is stored
    // (R2.3: only community documents are indexed), before its unit became a community
    ProcessInstance original = submitText("inf-dongfeng", "dongfeng", NearCopyDetectorTest.COMMUNITY);
    String documentId = outOfTheIndex(original);
    assertThat(pending(documentId)).isFalse();
    // when the organisation is loaded (the unit is a community in it)
    transaction.executeWithoutResult(status -> publisher.publishEvent(
        new org.publicitydesk.organization.OrganizationLoaded("test", 0, 0)));
    // then it is marked, and a department's near-copy finds it and indexes it on the way
    assertThat(pending(documentId)).isTrue();
    ProcessInstance copy = submitText("inf-economy", "economy", NearCopyDetectorTest.REORDERED_NEW_HEADLINE);
    assertThat(article(copy).nearCopyOf).isNotNull().isLessThanOrEqualTo(article(original).id);
    assertThat(pending(documentId)).isFalse();
    assertThat(jdbc.queryForObject("select count(*) from pd_near_copy_document where document_id = ?", Integer.class,
        documentId)).isEqualTo(1);
  }

  @Test
  void aListedArticleThatNoCheckWillCompareAgainLeavesTheListAtTheNextCheck() {
    // given a community article listed as not indexed (as an upgrade lists the whole history) but submitted before the
    // 60-day window (R2.3)
    ProcessInstance old = submitText("inf-dongfeng", "dongfeng", NearCopyDetectorTest.COMMUNITY);
    String documentId = outOfTheIndex(old);
    java.sql.Timestamp submitted = jdbc.queryForObject("select submitted_at from pd_article where id = ?",
        java.sql.Timestamp.class, article(old).id);
    jdbc.update("update pd_article set submitted_at = ? where id = ?",
        java.sql.Timestamp.from(submitted.toInstant().minus(java.time.Duration.ofDays(90))), article(old).id);
    jdbc.update("insert into pd_near_copy_pending (article_id) values (?)", article(old).id);
    // and a department's article listed (its unit was a community once)
    ProcessInstance department = submitText("inf-urban", "urban", NearCopyDetectorTest.SAME_TOPIC);
    jdbc.update("insert into pd_near_copy_pending (article_id) values (?)", article(department).id);
    // when a department submits
    submitText("inf-economy", "economy", NearCopyDetectorTest.SAME_TOPIC);
    // then neither is listed any more, and the first is not indexed either: no check will compare them again
    assertThat(pending(documentId)).isFalse();
    assertThat(pending(article(department).documentId)).isFalse();
    assertThat(jdbc.queryForObject("select count(*) from pd_near_copy_document where document_id = ?", Integer.class,
        documentId)).isZero();
  }

  @Test
  void aBandKeyThatManyDocumentsShareIsNoLongerReadRowByRowAndTheLookUpFindsTheSame(@Autowired NearCopyIndex index) {
    int minShared = MinHash.minSharedBands(0.5);
    assertThat(minShared).isEqualTo(4);
    for (int common : new int[] {1, 2, 4}) {
      // given band keys of our own (R2.3, issue 17): the query's last `common` keys are each shared by more than
      // COMMON_KEY documents (boilerplate); a target shares the query's last four keys (a near copy); another document
      // shares three keys that are not common, a third the two last keys
      long base = new java.util.SplittableRandom().nextLong(1L << 40, 1L << 60);
      String run = java.util.UUID.randomUUID().toString().substring(0, 8);
      long[] query = java.util.stream.LongStream.range(0, MinHash.BANDS).map(i -> base + i).toArray();
      for (int d = 0; d <= NearCopyIndex.COMMON_KEY; d++) {
        for (int k = 0; k < common; k++) {
          band(base + MinHash.BANDS - 1 - k, run + "-many-" + k + "-" + d);
        }
      }
      for (int k = 0; k < 4; k++) {
        band(base + MinHash.BANDS - 1 - k, run + "-target");
      }
      for (int k = 0; k < 3; k++) {
        band(base + k, run + "-three");
      }
      band(base + MinHash.BANDS - 1, run + "-two");
      band(base + MinHash.BANDS - 2, run + "-two");
      // when the keys are looked up twice: the first reads every row and learns the common keys, the second does not
      // read their rows
      List<String> first = ours(index.sharingBands(query, minShared), run);
      assertThat(index.common(base + MinHash.BANDS - 1)).isTrue();
      assertThat(index.common(base + MinHash.BANDS - 1 - common)).isFalse();
      List<String> second = ours(index.sharingBands(query, minShared), run);
      // then both find the target only: with one or two common keys it is asked which of them it has (it has them
      // all), the document with three other keys is asked too and has none; with four common keys, as many as are
      // needed, a document could share only common keys, so every key is read as before
      assertThat(first).as("%d common", common).containsExactly(run + "-target");
      assertThat(second).as("%d common", common).containsExactly(run + "-target");
    }
  }

  @Test
  void whenTooManyDocumentsWouldBeAskedAboutACommonKeyItsRowsAreReadAndTheLookUpFindsTheSame(
      @Autowired NearCopyIndex index) {
    // given band keys of our own (R2.3, issue 17): the query's last key is shared by more than COMMON_KEY documents;
    // 150 documents have it and three of the query's other keys (four bands: found), 150 more only the three others
    // (not found); no other key is shared by more than COMMON_KEY documents, and 300 documents to ask about one key
    // are more than MAX_ASKED
    long base = new java.util.SplittableRandom().nextLong(1L << 40, 1L << 60);
    String run = java.util.UUID.randomUUID().toString().substring(0, 8);
    long[] query = java.util.stream.LongStream.range(0, MinHash.BANDS).map(i -> base + i).toArray();
    long commonKey = base + MinHash.BANDS - 1;
    for (int d = 0; d <= NearCopyIndex.COMMON_KEY; d++) {
      band(commonKey, run + "-many-" + d);
    }
    int others = MinHash.BANDS - 1;
    for (int d = 0; d < 300; d++) {
      String document = run + (d < 150 ? "-with-" : "-without-") + d;
      for (int k = 0; k < 3; k++) {
        band(base + (3 * d + k) % others, document);
      }
      if (d < 150) {
        band(commonKey, document);
      }
    }
    assertThat(300 > NearCopyIndex.MAX_ASKED).isTrue();
    int minShared = MinHash.minSharedBands(0.5);
    // when the keys are looked up twice (the first learns the common key)
    List<String> first = ours(index.sharingBands(query, minShared), run);
    assertThat(index.common(commonKey)).isTrue();
    assertThat(index.common(base)).isFalse();
    List<String> second = ours(index.sharingBands(query, minShared), run);
    // then both find exactly the 150 documents with four bands
    List<String> expected = java.util.stream.IntStream.range(0, 150).mapToObj(d -> run + "-with-" + d).sorted()
        .toList();
    assertThat(first).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(second).containsExactlyInAnyOrderElementsOf(expected);
  }

  private void band(long key, String documentId) {
    jdbc.update("insert into pd_near_copy_band (band_key, document_id) values (?, ?)", key, documentId);
  }

  private static List<String> ours(List<String> documents, String run) {
    return documents.stream().filter(d -> d.startsWith(run)).toList();
  }

  /** Takes the article's document out of the near-copy index, as before the index existed; its document id. */
  private String outOfTheIndex(ProcessInstance pi) {
    String documentId = article(pi).documentId;
    jdbc.update("delete from pd_near_copy_band where document_id = ?", documentId);
    jdbc.update("delete from pd_near_copy_document where document_id = ?", documentId);
    return documentId;
  }

  private boolean pending(String documentId) {
    return jdbc.queryForObject("select count(*) from pd_near_copy_pending p join pd_article a on a.id = p.article_id"
        + " where a.document_id = ?", Integer.class, documentId) > 0;
  }

  @Test
  void photosNeedACaptionAndMustBePictures() {
    // R10.3: photos are optional, each with a caption
    VariableMap withPhoto = TestArticles.start("economy", "ORDINARY")
        .putValue("photo1", Variables.fileValue("现场.png").file(png()).mimeType("image/png").create())
        .putValue("photo1Caption", "推进会现场");
    ProcessInstance pi = as("inf-economy", () -> runtime.startProcessInstanceByKey("ArticleReview", withPhoto));
    assertThat(view.view(pi.getId()).articleSummary()).contains("照片:推进会现场");
    assertThat(runtime.getVariable(pi.getId(), "photo1")).isNull();

    VariableMap noCaption = TestArticles.start("economy", "ORDINARY")
        .putValue("photo1", Variables.fileValue("现场.png").file(png()).mimeType("image/png").create());
    assertThatThrownBy(() -> as("inf-economy", () -> runtime.startProcessInstanceByKey("ArticleReview", noCaption)))
        .hasMessageContaining("缺少说明文字");
    VariableMap notAPicture = TestArticles.start("economy", "ORDINARY")
        .putValue("photo1", Variables.fileValue("现场.png").file("不是图片".getBytes()).mimeType("image/png").create())
        .putValue("photo1Caption", "推进会现场");
    assertThatThrownBy(() -> as("inf-economy", () -> runtime.startProcessInstanceByKey("ArticleReview", notAPicture)))
        .hasMessageContaining("不是 JPEG 或 PNG 图片");
  }

  // --- helpers

  private static byte[] png() {
    try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB),
          "png", out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private ProcessInstance submitText(String informant, String unit, String text) {
    VariableMap variables = TestArticles.start(unit, "ORDINARY").putValue("content", text);
    variables.remove("document");
    return as(informant, () -> runtime.startProcessInstanceByKey("ArticleReview", variables));
  }

  private ProcessInstance submit(String informant, String unit, String itemClass) {
    return as(informant, () -> runtime.startProcessInstanceByKey("ArticleReview", TestArticles.start(unit, itemClass)));
  }

  /** Mid-process: an economy article of {@code itemClass} approved by the levels before {@code activity}, waiting there. */
  private ProcessInstance waitingAt(String activity, String itemClass) {
    ProcessInstance pi = submit("inf-economy", "economy", itemClass);
    new MidProcess(context).moveTo(pi.getId(), activity);
    assertThat(pi).isWaitingAt(activity);
    return pi;
  }

  private void review(ProcessInstance pi, String reviewer, boolean approved, String comment) {
    Map<String, Object> vars = new java.util.HashMap<>();
    vars.put("approved", approved);
    vars.put("comment", comment);
    completeAs(pi, reviewer, vars);
  }

  private void decide(ProcessInstance pi, String editor, String decision, String comment) {
    Map<String, Object> vars = new java.util.HashMap<>();
    vars.put("decision", decision);
    vars.put("comment", comment);
    completeAs(pi, editor, vars);
  }

  private void completeAs(ProcessInstance pi, String user, Map<String, Object> vars) {
    as(user, () -> {
      Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskCandidateUser(user).singleResult();
      assertThat(task).as("%s is a candidate of the open task", user).isNotNull();
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), vars);
      return null;
    });
  }

  private List<String> candidates(ProcessInstance pi) {
    String taskId = task(pi).getId();
    return identity.createUserQuery().list().stream()
        .filter(u -> tasks.createTaskQuery().taskId(taskId).taskCandidateUser(u.getId()).count() > 0)
        .map(u -> u.getId()).sorted().toList();
  }

  private <T> T as(String user, Supplier<T> action) {
    return TestUsers.as(identity, user, action);
  }

  private ArticleEntity article(ProcessInstance pi) {
    return articles.findByProcessInstanceId(pi.getId()).orElseThrow();
  }

  private int remindersFor(String taskId) {
    // one reminder round notifies every head of economy (head-economy and head-economy-2); count head-economy's
    int before = jdbc.queryForObject("select count(*) from pd_notification where kind = 'REMINDER' and task_id = ?"
        + " and recipient = 'head-economy'", Integer.class, taskId);
    reminders.remindOverdue();
    int after = jdbc.queryForObject("select count(*) from pd_notification where kind = 'REMINDER' and task_id = ?"
        + " and recipient = 'head-economy'", Integer.class, taskId);
    return after - before;
  }

  private int notices(String recipient, String kind, String taskId) {
    return jdbc.queryForObject("select count(*) from pd_notification where recipient = ? and kind = ? and task_id = ?",
        Integer.class, recipient, kind, taskId);
  }
}
