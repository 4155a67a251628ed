package org.publicitydesk.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: 抄送 (a reviewer copies an article to people who may read it anyway) and the informant's 催办 (one reminder
 * per working day to the current reviewer), on the real engine over HTTP, with what each stores.
 */
@PublicityDeskTest
class FollowUpTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aReviewerCopiesAnArticleToItsSupervisingLeaderAndTheEditorialOffice() {
    // given an article waiting for the economy office's heads
    String instance = start();
    String number = number(instance);
    String task = task(instance);
    // when the head copies it with a comment
    ResponseEntity<Map> copied = rest.withBasicAuth("head-economy", "demo").postForEntity("/api/tasks/" + task + "/copy",
        Map.of("to", List.of("sup-wang", "editor-liu"), "comment", "片区开发重点稿件,请关注"), Map.class);
    // then each recipient has the copy, a notice and finds it in 抄送我的; the review record says who copied to whom
    assertThat(copied.getStatusCode().value()).as(String.valueOf(copied.getBody())).isEqualTo(200);
    assertThat(copied.getBody()).containsEntry("articleNumber", number).containsEntry("to", List.of("sup-wang", "editor-liu"));
    assertThat(jdbc.queryForList("select to_user from pd_article_copy where article_id = ? and from_user = 'head-economy'"
        + " order by to_user", String.class, articleId(number))).containsExactly("editor-liu", "sup-wang");
    assertThat(jdbc.queryForList("select recipient from pd_notification where kind = 'COPY' and subject like ?"
        + " order by recipient", String.class, "%" + title() + "%")).contains("editor-liu", "sup-wang")
        .doesNotContain("head-economy");
    assertThat(jdbc.queryForObject("select concat(actor, '|', decision, '|', comment) from pd_review_step"
        + " where article_id = ? and step = 'COPY'", String.class, articleId(number)))
        .isEqualTo("head-economy|COPIED|抄送给 王海涛、刘晓燕:片区开发重点稿件,请关注");
    List<Map<String, Object>> mine = rest.withBasicAuth("sup-wang", "demo").getForObject("/api/me/copied", List.class);
    assertThat(mine).anySatisfy(c -> assertThat(c).containsEntry("articleNumber", number)
        .containsEntry("from", "head-economy").containsEntry("fromName", "钱伟")
        .containsEntry("comment", "片区开发重点稿件,请关注").containsEntry("statusLabel", "审核中"));
    assertThat(rest.withBasicAuth("head-economy", "demo").getForObject("/api/me/copied", List.class))
        .noneSatisfy(c -> assertThat((Map<String, Object>) c).containsEntry("articleNumber", number));
    // read-only: the editorial office reads the article and its record, but cannot decide the head's task
    Map<String, Object> article = rest.withBasicAuth("editor-liu", "demo").getForObject("/api/articles/" + number,
        Map.class);
    assertThat((List<Map<String, Object>>) article.get("steps"))
        .anySatisfy(s -> assertThat(s).containsEntry("stepLabel", "抄送").containsEntry("decisionLabel", "抄送"));
    ResponseEntity<String> decide = rest.withBasicAuth("editor-liu", "demo").postForEntity("/engine-rest/task/" + task
        + "/complete", Map.of("variables", Map.of("approved", Map.of("value", true))), String.class);
    assertThat(decide.getStatusCode().value()).isEqualTo(403);
    // and the deputy head, a candidate of the same task, copies to the unit's other informant
    ResponseEntity<Map> deputy = rest.withBasicAuth("head-economy-2", "demo").postForEntity("/api/tasks/" + task
        + "/copy", Map.of("to", List.of("inf-economy-2")), Map.class);
    assertThat(deputy.getStatusCode().value()).as(String.valueOf(deputy.getBody())).isEqualTo(200);
  }

  @Test
  void aCopyGoesOnlyToPeopleWhoMayReadTheUnitsItemsAndOnlyFromTheTasksReviewers() {
    String instance = start();
    String number = number(instance);
    String task = task(instance);
    // someone of another unit: refused by name, nothing stored
    ResponseEntity<String> stranger = copy("head-economy", task, List.of("sup-wang", "inf-urban"));
    assertThat(stranger.getStatusCode().value()).isEqualTo(400);
    assertThat(stranger.getBody()).contains("沈雨桐(inf-urban)无权查看经济发展办公室的稿件");
    assertThat(copy("head-economy", task, List.of("nobody-x")).getBody()).contains("nobody-x 不在组织机构中");
    assertThat(copy("head-economy", task, List.of()).getStatusCode().value()).isEqualTo(400);
    // not a reviewer of this task: the other unit's head, the informant, the leader who is not (yet) its candidate
    for (String user : List.of("head-urban", "inf-economy", "sup-wang")) {
      assertThat(copy(user, task, List.of("editor-liu")).getStatusCode().value()).as(user).isIn(403, 404);
    }
    assertThat(copy("head-economy", "no-such-task", List.of("editor-liu")).getStatusCode().value()).isEqualTo(404);
    assertThat(jdbc.queryForObject("select count(*) from pd_article_copy where article_id = ?", Integer.class,
        articleId(number))).isZero();
    assertThat(jdbc.queryForObject("select count(*) from pd_review_step where article_id = ? and step = 'COPY'",
        Integer.class, articleId(number))).isZero();
  }

  @Test
  void theInformantRemindsTheCurrentReviewerOncePerWorkingDay() {
    // given an article waiting for the economy heads on Tuesday 2026-03-03
    at("2026-03-03T10:00:00+08:00");
    String instance = start();
    String number = number(instance);
    String task = task(instance);
    // when its informant reminds
    ResponseEntity<Map> first = remind("inf-economy", number, Map.class);
    // then both candidates (head and deputy head) are notified, the reminder is stored and in the review record
    assertThat(first.getStatusCode().value()).as(String.valueOf(first.getBody())).isEqualTo(200);
    assertThat(first.getBody()).containsEntry("workingDay", "2026-03-03");
    assertThat(reminded(task)).containsExactly("head-economy", "head-economy-2");
    assertThat(jdbc.queryForObject("select concat(actor, '|', decision, '|', comment) from pd_review_step"
        + " where article_id = ? and step = 'REMINDER'", String.class, articleId(number)))
        .isEqualTo("inf-economy|REMINDED|催办“单位负责人审核”(钱伟、陆明远)");
    // a second reminder the same working day is refused, also later that day
    at("2026-03-03T16:59:00+08:00");
    ResponseEntity<String> second = remind("inf-economy", number, String.class);
    assertThat(second.getStatusCode().value()).isEqualTo(409);
    assertThat(second.getBody()).contains("已经催办过").contains("每个工作日只能催办一次");
    // only its informant may remind: the unit's other informant and its head are refused, another unit sees nothing
    assertThat(remind("inf-economy-2", number, String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(remind("head-economy", number, String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(remind("inf-urban", number, String.class).getStatusCode().value()).isEqualTo(404);
    assertThat(reminded(task)).hasSize(2);
    // the next working day the head has claimed it: only the head is reminded
    at("2026-03-04T09:30:00+08:00");
    assertThat(rest.withBasicAuth("head-economy", "demo").postForEntity("/engine-rest/task/" + task + "/claim",
        Map.of("userId", "head-economy"), String.class).getStatusCode().value()).isEqualTo(204);
    assertThat(remind("inf-economy", number, Map.class).getStatusCode().value()).isEqualTo(200);
    assertThat(jdbc.queryForList("select recipient from pd_notification where kind = 'INFORMANT_REMINDER'"
        + " and task_id = ? and created_at >= ?", String.class, task, Date.from(ZonedDateTime.parse(
            "2026-03-04T09:00:00+08:00").toInstant()))).containsExactly("head-economy");
    // Saturday counts for Monday: a reminder on Saturday, none on Monday
    at("2026-03-07T11:00:00+08:00");
    assertThat(remind("inf-economy", number, Map.class).getBody()).containsEntry("workingDay", "2026-03-09");
    at("2026-03-09T10:00:00+08:00");
    assertThat(remind("inf-economy", number, String.class).getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void anArticleThatDoesNotWaitForAReviewerCannotBeReminded() {
    at("2026-03-05T10:00:00+08:00");
    String instance = start();
    String number = number(instance);
    ResponseEntity<String> returned = rest.withBasicAuth("head-economy", "demo").postForEntity("/engine-rest/task/"
        + task(instance) + "/complete", Map.of("variables", Map.of("approved", Map.of("value", false),
        "comment", Map.of("value", "请补充数据"))), String.class);
    assertThat(returned.getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> refused = remind("inf-economy", number, String.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(409);
    assertThat(refused.getBody()).contains("无需催办");
    assertThat(jdbc.queryForObject("select count(*) from pd_informant_reminder where article_id = ?", Integer.class,
        articleId(number))).isZero();
  }

  private ResponseEntity<String> copy(String user, String task, List<String> to) {
    return rest.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + task + "/copy", Map.of("to", to, "comment",
        "请阅"), String.class);
  }

  private <T> ResponseEntity<T> remind(String user, String number, Class<T> type) {
    return rest.withBasicAuth(user, "demo").postForEntity("/api/articles/" + number + "/remind", null, type);
  }

  private List<String> reminded(String task) {
    return jdbc.queryForList("select recipient from pd_notification where kind = 'INFORMANT_REMINDER' and task_id = ?"
        + " order by recipient", String.class, task);
  }

  private static void at(String time) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(time).toInstant()));
  }

  private String start() {
    ResponseEntity<Map> started = rest.withBasicAuth("inf-economy", "demo").postForEntity(
        "/engine-rest/process-definition/key/ArticleReview/start", TestArticles.restStart("economy", "ORDINARY"),
        Map.class);
    assertThat(started.getStatusCode().is2xxSuccessful()).as(String.valueOf(started.getBody())).isTrue();
    return (String) started.getBody().get("id");
  }

  private static String title() {
    return "经济发展办公室2026年1月5日工作信息";
  }

  private String task(String instance) {
    return jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, instance);
  }

  private String number(String instance) {
    return jdbc.queryForObject("select number from pd_article where process_instance_id = ?", String.class, instance);
  }

  private long articleId(String number) {
    return jdbc.queryForObject("select id from pd_article where number = ?", Long.class, number);
  }
}
