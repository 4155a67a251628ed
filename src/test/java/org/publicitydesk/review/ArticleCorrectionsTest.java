package org.publicitydesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.publicitydesk.review.internal.MidProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14: corrections are application operations of the editorial office, with a reason, recorded in the review
 * record; they never let an article skip a level of R1.
 */
@PublicityDeskTest
class ArticleCorrectionsTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ApplicationContext context;

  @Test
  void theEditorialOfficeSendsALeadershipArticleBackOneLevelWithAReason() {
    // given a LEADERSHIP article approved by the head and the supervising leader, waiting for the principal
    String instance = start("LEADERSHIP");
    new MidProcess(context).moveTo(instance, "Task_ReviewByPrincipal");
    assertThat(waitingAt(instance)).isEqualTo("Task_ReviewByPrincipal");
    String number = number(instance);
    // when the editorial office sends it back, giving a reason
    ResponseEntity<Map> back = correct("editor-liu", number, "step-back", "分管领导审核意见需补充");
    // then it waits for the supervising leader again, and the record says who did it and why
    assertThat(back.getStatusCode().value()).as(String.valueOf(back.getBody())).isEqualTo(200);
    assertThat(waitingAt(instance)).isEqualTo("Task_ReviewBySupervisor");
    assertThat(jdbc.queryForObject("select concat(actor, '|', decision, '|', comment) from pd_review_step"
        + " where article_id = (select id from pd_article where number = ?) and step = 'CORRECTION'", String.class,
        number)).isEqualTo("editor-liu|STEPPED_BACK|分管领导审核意见需补充(退回到分管领导审核)");
    // and the chain goes on from there: the supervisor, then the principal, before the editorial office
    approve("sup-wang", instance);
    assertThat(waitingAt(instance)).isEqualTo("Task_ReviewByPrincipal");
  }

  @Test
  void fromTheEditorialReviewAnOrdinaryArticleGoesBackToItsUnitHead() {
    String instance = start("ORDINARY");
    approve("head-economy", instance);
    assertThat(waitingAt(instance)).isEqualTo("Task_EditorialReview");
    assertThat(correct("editor-liu", number(instance), "step-back", "标题与正文不符,请负责人再审").getStatusCode()
        .value()).isEqualTo(200);
    assertThat(waitingAt(instance)).isEqualTo("Task_ReviewByUnitHead");
    // the editorial office cannot decide before the head approved again
    ResponseEntity<String> head = rest.withBasicAuth("editor-liu", "demo").postForEntity("/api/articles/"
        + number(instance) + "/corrections/step-back", Map.of("reason", "再退"), String.class);
    assertThat(head.getStatusCode().value()).isEqualTo(400);
    assertThat(head.getBody()).contains("没有上一级可退回");
  }

  @Test
  void aCorrectionNeedsAReasonAndTheEditorialOffice() {
    String instance = start("MAJOR");
    approve("head-economy", instance);
    String number = number(instance);
    ResponseEntity<String> noReason = rest.withBasicAuth("editor-liu", "demo").postForEntity("/api/articles/" + number
        + "/corrections/step-back", Map.of("reason", " "), String.class);
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(noReason.getBody()).contains("请填写更正原因");
    for (String user : List.of("head-economy", "sup-wang", "inf-economy", "principal-zhang")) {
      ResponseEntity<String> refused = rest.withBasicAuth(user, "demo").postForEntity("/api/articles/" + number
          + "/corrections/withdraw", Map.of("reason", "单位要求撤回"), String.class);
      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
    }
    assertThat(waitingAt(instance)).isEqualTo("Task_ReviewBySupervisor");
    assertThat(jdbc.queryForObject("select status from pd_article where number = ?", String.class, number))
        .isEqualTo("IN_REVIEW");
  }

  @Test
  void atItsUnitsRequestAnArticleIsWithdrawnWhereverItWaitsButNotOnceAccepted() {
    String instance = start("MAJOR");
    approve("head-economy", instance);
    String number = number(instance);
    assertThat(correct("editor-liu", number, "withdraw", "经济发展办公室来电要求撤回").getStatusCode().value())
        .isEqualTo(200);
    assertThat(jdbc.queryForObject("select status from pd_article where number = ?", String.class, number))
        .isEqualTo("WITHDRAWN");
    assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where proc_inst_id_ = ?", Integer.class,
        instance)).isZero();

    String accepted = start("ORDINARY");
    approve("head-economy", accepted);
    complete("editor-liu", accepted, Map.of("decision", Map.of("value", "ACCEPT")));
    ResponseEntity<String> late = rest.withBasicAuth("editor-liu", "demo").postForEntity("/api/articles/"
        + number(accepted) + "/corrections/withdraw", Map.of("reason", "要求撤回"), String.class);
    assertThat(late.getStatusCode().value()).isEqualTo(400);
    assertThat(late.getBody()).contains("已办结");
    assertThat(jdbc.queryForObject("select status from pd_article where process_instance_id = ?", String.class,
        accepted)).isEqualTo("ACCEPTED");
  }

  private ResponseEntity<Map> correct(String user, String number, String what, String reason) {
    return rest.withBasicAuth(user, "demo").postForEntity("/api/articles/" + number + "/corrections/" + what,
        Map.of("reason", reason), Map.class);
  }

  private String start(String itemClass) {
    ResponseEntity<Map> started = rest.withBasicAuth("inf-economy", "demo").postForEntity(
        "/engine-rest/process-definition/key/ArticleReview/start", TestArticles.restStart("economy", itemClass),
        Map.class);
    assertThat(started.getStatusCode().is2xxSuccessful()).as(String.valueOf(started.getBody())).isTrue();
    return (String) started.getBody().get("id");
  }

  private void approve(String user, String instance) {
    complete(user, instance, Map.of("approved", Map.of("value", true)));
  }

  private void complete(String user, String instance, Map<String, Object> variables) {
    String task = jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, instance);
    ResponseEntity<String> done = rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + task
        + "/complete", Map.of("variables", variables), String.class);
    assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
  }

  private String waitingAt(String instance) {
    return jdbc.queryForObject("select task_def_key_ from act_ru_task where proc_inst_id_ = ?", String.class, instance);
  }

  private String number(String instance) {
    return jdbc.queryForObject("select number from pd_article where process_instance_id = ?", String.class, instance);
  }
}
