package org.publicitydesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.publicitydesk.TestReviews;
import org.publicitydesk.review.internal.MidProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, the approval operations on the real engine: 转办, 委派, 加签, 批量审批, 代理, and one person, one level. Each test
 * asserts who holds the task afterwards, the line of the review record, and that R1 still holds.
 */
@PublicityDeskTest
class TaskOperationsTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ApplicationContext context;

  @Test
  void aHeadTransfersToAnotherHeadOfTheUnitChosenByName() {
    String instance = start("MAJOR");
    String task = task(instance);
    // the list offers the other head of economy, by name
    ResponseEntity<List> people = rest.withBasicAuth("head-economy", "demo").getForEntity(
        "/api/tasks/" + task + "/transfer-candidates", List.class);
    assertThat(people.getBody()).containsExactly(Map.of("id", "head-economy-2", "name", "陆明远"));
    assertThat(post("head-economy", "/api/tasks/" + task + "/transfer",
        Map.of("to", "head-economy-2", "comment", "我出差,请何主任审核")).getStatusCode().value()).isEqualTo(204);
    assertThat(assignee(task)).isEqualTo("head-economy-2");
    assertThat(record(instance, "TRANSFER")).isEqualTo("head-economy|TRANSFERRED|转办给 陆明远:我出差,请何主任审核");
    // the new owner decides; the chain goes on to the supervising leader
    complete("head-economy-2", task, Map.of("approved", Map.of("value", true)));
    String supervisor = task(instance);
    assertThat(taskKey(supervisor)).isEqualTo("Task_ReviewBySupervisor");
    // a leader's task cannot go to a unit head: that would skip a level of R1
    ResponseEntity<String> down = post("sup-wang", "/api/tasks/" + supervisor + "/transfer",
        Map.of("to", "head-economy", "comment", "请负责人看"));
    assertThat(down.getStatusCode().value()).isEqualTo(400);
    assertThat(down.getBody()).contains("只能转办给本级的其他审核人");
    assertThat(assignee(supervisor)).isNull();
  }

  @Test
  void aDelegateGivesAnOpinionAndTheOwnerStillDecides() {
    String instance = start("ORDINARY");
    String task = task(instance);
    assertThat(post("head-economy", "/api/tasks/" + task + "/delegate",
        Map.of("to", "head-economy-2", "comment", "请先看数据是否准确")).getStatusCode().value()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select concat(assignee_, '|', owner_, '|', delegation_) from act_ru_task"
        + " where id_ = ?", String.class, task)).isEqualTo("head-economy-2|head-economy|PENDING");
    // the delegate cannot decide, whatever its completion carries
    assertThat(rest.withBasicAuth("head-economy-2", "demo").postForEntity("/engine-rest/task/" + task + "/complete",
        Map.of("variables", Map.of("approved", Map.of("value", true))), String.class).getStatusCode().value())
        .isEqualTo(400);
    assertThat(rest.withBasicAuth("head-economy-2", "demo").postForEntity("/engine-rest/task/" + task + "/resolve",
        Map.of("variables", Map.of("approved", Map.of("value", true))), String.class).getStatusCode().value())
        .isEqualTo(400);
    assertThat(post("head-economy-2", "/api/tasks/" + task + "/resolve", Map.of("comment", "数据已核对,无误"))
        .getStatusCode().value()).isEqualTo(204);
    assertThat(assignee(task)).isEqualTo("head-economy");
    assertThat(record(instance, "OPINION")).isEqualTo("head-economy-2|OPINION|数据已核对,无误");
    assertThat(taskKey(task(instance))).isEqualTo("Task_ReviewByUnitHead");
    // the owner decides
    complete("head-economy", task, Map.of("approved", Map.of("value", true), "comment", Map.of("value", "同意")));
    assertThat(taskKey(task(instance))).isEqualTo("Task_EditorialReview");
    assertThat(jdbc.queryForList("select actor from pd_review_step s join pd_article a on a.id = s.article_id"
        + " where a.process_instance_id = ? and s.decision = 'APPROVED'", String.class, instance))
        .containsExactly("head-economy");
  }

  @Test
  void aLeaderApprovesSeveralArticlesWithOneOpinionEachOnItsOwn() {
    List<String> instances = List.of(start("MAJOR"), start("MAJOR"), start("MAJOR"));
    for (String instance : instances) {
      complete("head-economy", task(instance), Map.of("approved", Map.of("value", true)));
    }
    String notHis = task(start("ORDINARY"));
    List<String> taskIds = new java.util.ArrayList<>(instances.stream().map(this::task).toList());
    taskIds.add(notHis);
    ResponseEntity<List> answers = rest.withBasicAuth("sup-wang", "demo").postForEntity("/api/tasks/batch-approve",
        Map.of("taskIds", taskIds, "comment", "同意报送"), List.class);
    assertThat(answers.getStatusCode().value()).isEqualTo(200);
    assertThat((List<Map<String, Object>>) answers.getBody()).extracting(a -> a.get("approved"))
        .containsExactly(true, true, true, false);
    for (String instance : instances) {
      assertThat(taskKey(task(instance))).isEqualTo("Task_EditorialReview");
      assertThat(record(instance, "Task_ReviewBySupervisor")).isEqualTo("sup-wang|APPROVED|同意报送");
    }
    assertThat(taskKey(notHis)).isEqualTo("Task_ReviewByUnitHead");
  }

  @Test
  void whileThePrincipalIsAwayTheDeputyDecidesForHim() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    // a deputy must be a leader; the principal names sup-li
    ResponseEntity<String> informant = put("principal-zhang", "/api/me/deputy",
        Map.of("deputy", "inf-economy", "from", today.toString(), "until", today.plusDays(7).toString()));
    assertThat(informant.getStatusCode().value()).isEqualTo(400);
    assertThat(informant.getBody()).contains("领导的代理人须是另一位街道领导");
    assertThat(put("principal-zhang", "/api/me/deputy", Map.of("deputy", "sup-li", "from", today.toString(),
        "until", today.plusDays(7).toString())).getStatusCode().value()).isEqualTo(200);
    try {
      // an economy LEADERSHIP article (economy is supervised by sup-wang) reaches sup-li for the principal
      String instance = start("LEADERSHIP");
      new MidProcess(context).moveTo(instance, "Task_ReviewByPrincipal");
      String principal = task(instance);
      assertThat(taskKey(principal)).isEqualTo("Task_ReviewByPrincipal");
      assertThat(assignee(principal)).isEqualTo("sup-li");
      // the 待审核 notice goes to the deputy who holds the task, not to the absent principal
      assertThat(jdbc.queryForList("select recipient from pd_notification where task_id = ? and kind = 'NEW_TASK'",
          String.class, principal)).containsExactly("sup-li");
      complete("sup-li", principal, Map.of("approved", Map.of("value", true)));
      assertThat(jdbc.queryForObject("select concat(actor, '|', on_behalf_of) from pd_review_step s join pd_article a"
          + " on a.id = s.article_id where a.process_instance_id = ? and s.step = 'Task_ReviewByPrincipal'",
          String.class, instance)).isEqualTo("sup-li|principal-zhang");
      assertThat(taskKey(task(instance))).isEqualTo("Task_EditorialReview");
    } finally {
      rest.withBasicAuth("principal-zhang", "demo").delete("/api/me/deputy");
    }
  }

  @Test
  void aDeputyWhoReviewedAnotherLevelLeavesTheTaskWithTheGroup() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    assertThat(put("principal-zhang", "/api/me/deputy", Map.of("deputy", "sup-wang", "from", today.toString(),
        "until", today.toString())).getStatusCode().value()).isEqualTo(200);
    try {
      String instance = start("LEADERSHIP");
      complete("head-economy", task(instance), Map.of("approved", Map.of("value", true)));
      complete("sup-wang", task(instance), Map.of("approved", Map.of("value", true)));
      String principal = task(instance);
      assertThat(assignee(principal)).isNull();
      assertThat(jdbc.queryForList("select group_id_ from act_ru_identitylink where task_id_ = ? and type_ = 'candidate'",
          String.class, principal)).containsExactly("principals");
    } finally {
      rest.withBasicAuth("principal-zhang", "demo").delete("/api/me/deputy");
    }
  }

  @Test
  void nobodyApprovesOneArticleAtTwoLevels() {
    String instance = start("MAJOR");
    complete("head-economy", task(instance), Map.of("approved", Map.of("value", true)));
    String supervisor = task(instance);
    // even made a candidate of the next level by the administrator, the head cannot approve there
    assertThat(rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/task/" + supervisor + "/identity-links",
        Map.of("userId", "head-economy", "type", "candidate"), String.class).getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> twice = rest.withBasicAuth("head-economy", "demo").postForEntity(
        "/engine-rest/task/" + supervisor + "/complete", Map.of("variables", Map.of("approved", Map.of("value", true))),
        String.class);
    assertThat(twice.getStatusCode().value()).isEqualTo(400);
    assertThat(twice.getBody()).contains("同一人不能在两级审核");
    assertThat(taskKey(task(instance))).isEqualTo("Task_ReviewBySupervisor");
  }

  @Test
  void aHeadApprovesAndAddsAColleagueWhoReviewsBeforeTheSupervisingLeader() {
    String instance = start("MAJOR");
    String task = task(instance);
    // the list offers the unit's people by name; not the informant, not the head himself, not sup-wang (level 2 next)
    ResponseEntity<List> people = rest.withBasicAuth("head-economy", "demo").getForEntity(
        "/api/tasks/" + task + "/reviewer-candidates", List.class);
    assertThat(people.getBody()).contains(Map.of("id", "head-economy-2", "name", "陆明远"));
    assertThat(people.getBody().toString()).doesNotContain("inf-economy,").doesNotContain("sup-wang")
        .doesNotContain("id=head-economy,");
    // a variable cannot add a reviewer: the engine API refuses what the task does not declare
    assertThat(rest.withBasicAuth("head-economy", "demo").postForEntity("/engine-rest/task/" + task + "/complete",
        Map.of("variables", Map.of("approved", Map.of("value", true), "addedReviewer", Map.of("value", "inf-economy-2"))),
        String.class).getStatusCode().value()).isEqualTo(400);
    assertThat(taskKey(task(instance))).isEqualTo("Task_ReviewByUnitHead");

    assertThat(post("head-economy", "/api/tasks/" + task + "/add-reviewer",
        Map.of("reviewer", "head-economy-2", "comment", "同意,请陆主任再核对数据")).getStatusCode().value()).isEqualTo(200);
    String added = task(instance);
    assertThat(taskKey(added)).isEqualTo("Task_AddedReview");
    assertThat(assignee(added)).isEqualTo("head-economy-2");
    assertThat(jdbc.queryForList("select recipient from pd_notification where task_id = ? and kind = 'NEW_TASK'",
        String.class, added)).containsExactly("head-economy-2");
    assertThat(record(instance, "Task_ReviewByUnitHead")).isEqualTo("head-economy|APPROVED|同意,请陆主任再核对数据");
    assertThat(record(instance, "ADD_REVIEWER")).isEqualTo("head-economy|ADDED|加签 陆明远 审核");
    // nobody else decides for the added reviewer, neither the head nor the supervising leader
    for (String other : List.of("head-economy", "sup-wang")) {
      assertThat(rest.withBasicAuth(other, "demo").postForEntity("/engine-rest/task/" + added + "/complete",
          Map.of("variables", Map.of("approved", Map.of("value", true))), String.class).getStatusCode().value())
          .isEqualTo(403);
    }
    complete("head-economy-2", added, Map.of("approved", Map.of("value", true), "comment", Map.of("value", "数据无误")));
    // the added approval is not a level of R1: the supervising leader still reviews, then the editorial office
    String supervisor = task(instance);
    assertThat(taskKey(supervisor)).isEqualTo("Task_ReviewBySupervisor");
    assertThat(record(instance, "Task_AddedReview")).isEqualTo("head-economy-2|APPROVED|数据无误");
    complete("sup-wang", supervisor, Map.of("approved", Map.of("value", true)));
    assertThat(taskKey(task(instance))).isEqualTo("Task_EditorialReview");
    assertThat(jdbc.queryForObject("select approved_level from pd_article where process_instance_id = ?",
        Integer.class, instance)).isEqualTo(2);
  }

  @Test
  void theSupervisingLeaderAddedToAnOrdinaryArticleReturnsItToTheInformant() {
    String instance = start("ORDINARY");
    String task = task(instance);
    assertThat(post("head-economy", "/api/tasks/" + task + "/add-reviewer",
        Map.of("reviewer", "sup-wang", "comment", "请王主任把关")).getStatusCode().value()).isEqualTo(200);
    String added = task(instance);
    assertThat(assignee(added)).isEqualTo("sup-wang");
    complete("sup-wang", added, Map.of("approved", Map.of("value", false), "comment", Map.of("value", "数据需更新")));
    String revise = task(instance);
    assertThat(taskKey(revise)).isEqualTo("Task_ReviseArticle");
    assertThat(assignee(revise)).isEqualTo("inf-economy");
    assertThat(jdbc.queryForObject("select concat(status, '|', coalesce(added_reviewer, '-')) from pd_article"
        + " where process_instance_id = ?", String.class, instance)).isEqualTo("RETURNED|-");
    assertThat(record(instance, "Task_AddedReview")).isEqualTo("sup-wang|RETURNED|数据需更新");
  }

  @Test
  void theEditorialOfficeStepsAnAddedReviewBackToTheLevelThatAddedIt() {
    String instance = start("ORDINARY");
    assertThat(post("head-economy", "/api/tasks/" + task(instance) + "/add-reviewer",
        Map.of("reviewer", "inf-economy-2", "comment", "请蒋浩然核对")).getStatusCode().value()).isEqualTo(200);
    assertThat(taskKey(task(instance))).isEqualTo("Task_AddedReview");
    String number = jdbc.queryForObject("select number from pd_article where process_instance_id = ?", String.class,
        instance);
    assertThat(post("editor-liu", "/api/articles/" + number + "/corrections/step-back",
        Map.of("reason", "加签人有误,请负责人重新审核")).getStatusCode().value()).isEqualTo(200);
    String head = task(instance);
    assertThat(taskKey(head)).isEqualTo("Task_ReviewByUnitHead");
    assertThat(jdbc.queryForObject("select concat(approved_level, '|', coalesce(added_reviewer, '-')) from pd_article"
        + " where process_instance_id = ?", String.class, instance)).isEqualTo("0|-");
    complete("head-economy", head, Map.of("approved", Map.of("value", true)));
    assertThat(taskKey(task(instance))).isEqualTo("Task_EditorialReview");
  }

  @Test
  void aReviewerCannotBeAddedWhoWouldReviewTwiceOrOutsideTheUnit() {
    String instance = start("MAJOR");
    String task = task(instance);
    for (String person : List.of("sup-wang", "inf-economy", "principal-zhang", "head-urban", "nobody")) {
      ResponseEntity<String> refused = post("head-economy", "/api/tasks/" + task + "/add-reviewer",
          Map.of("reviewer", person, "comment", "请审核"));
      assertThat(refused.getStatusCode().value()).as(person).isEqualTo(400);
      assertThat(refused.getBody()).contains("不能加签审核这篇稿件");
    }
    // someone who does not hold the task cannot add anybody
    assertThat(post("head-urban", "/api/tasks/" + task + "/add-reviewer",
        Map.of("reviewer", "head-economy-2")).getStatusCode().value()).isEqualTo(403);
    // nothing moved: the head's task waits, nobody approved, nobody was added
    assertThat(taskKey(task(instance))).isEqualTo("Task_ReviewByUnitHead");
    assertThat(jdbc.queryForObject("select concat(approved_level, '|', coalesce(added_reviewer, '-')) from pd_article"
        + " where process_instance_id = ?", String.class, instance)).isEqualTo("0|-");
  }

  private String start(String itemClass) {
    ResponseEntity<Map> started = rest.withBasicAuth("inf-economy", "demo").postForEntity(
        "/engine-rest/process-definition/key/ArticleReview/start", TestArticles.restStart("economy", itemClass),
        Map.class);
    assertThat(started.getStatusCode().is2xxSuccessful()).as(String.valueOf(started.getBody())).isTrue();
    return (String) started.getBody().get("id");
  }

  private void complete(String user, String task, Map<String, Object> variables) {
    ResponseEntity<String> done = rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + task
        + "/complete", Map.of("variables", variables), String.class);
    assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    return rest.withBasicAuth(user, "demo").postForEntity(path, body, String.class);
  }

  private ResponseEntity<String> put(String user, String path, Object body) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class);
  }

  private String task(String instance) {
    return new TestReviews(jdbc).openTask(instance);
  }

  private String taskKey(String task) {
    return new TestReviews(jdbc).taskKey(task);
  }

  private String assignee(String task) {
    return new TestReviews(jdbc).assignee(task);
  }

  private String record(String instance, String step) {
    return new TestReviews(jdbc).record(instance, step);
  }
}
