package org.publicitydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.publicitydesk.TestJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two people on one thing at once, over HTTP: the same submission posted twice (double click, retry), two reviewers
 * completing or claiming one task, two editors recording adoptions on one article. One wins, the other gets a clear
 * Chinese 409 and nothing of theirs is half-written; an adoption refused that way is recorded on the retry; the
 * article is scored once.
 */
@PublicityDeskTest
class ConcurrencyTest {

  private static final String START = "/engine-rest/process-definition/key/ArticleReview/start";
  private static final ExecutorService POOL = Executors.newFixedThreadPool(8);

  @Autowired
  ManagementService management;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  @Test
  void theSameSubmissionPostedTwiceCreatesOneArticle() {
    // given a start with an idempotency key, acknowledged
    String key = UUID.randomUUID().toString();
    long instancesBefore = instances();
    ResponseEntity<Map> first = rest.withBasicAuth("inf-economy", "demo").postForEntity(START, withKey(key), Map.class);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);

    // when the browser sends it again (retry after a timeout)
    ResponseEntity<String> again = post("inf-economy", START, withKey(key));

    // then it is refused with the number of the article already registered, and nothing is added
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("这份稿件已经报送过,编号 " + number((String) first.getBody().get("id")));
    assertThat(jdbc.queryForObject("select count(*) from pd_article where submission_key = ?", Long.class, key))
        .isEqualTo(1);
    assertThat(instances()).isEqualTo(instancesBefore + 1);
  }

  @Test
  void eightSimultaneousPostsOfOneSubmissionCreateOneArticleAndOneInstance() {
    // given one key, posted by 8 clients at the same moment
    String key = UUID.randomUUID().toString();
    long instancesBefore = instances();
    long documentsBefore = jdbc.queryForObject("select count(*) from pd_document", Long.class);

    List<ResponseEntity<String>> answers = race(8, i -> post("inf-economy", START, withKey(key)));

    // then exactly one is acknowledged, the others get 409 with a Chinese message (a duplicate; or, when H2's lock
    // wait on the key runs out before the first commits, "being submitted right now")
    assertThat(answers).filteredOn(r -> r.getStatusCode() == HttpStatus.OK).hasSize(1);
    assertThat(answers).filteredOn(r -> r.getStatusCode() != HttpStatus.OK).hasSize(7).allSatisfy(r -> {
      assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(r.getBody()).containsAnyOf("这份稿件已经报送过", "本次操作没有保存");
    });
    assertThat(jdbc.queryForObject("select count(*) from pd_article where submission_key = ?", Long.class, key))
        .isEqualTo(1);
    assertThat(instances()).isEqualTo(instancesBefore + 1);
    // one Word document stored, no orphan of the refused starts
    assertThat(jdbc.queryForObject("select count(*) from pd_document", Long.class)).isEqualTo(documentsBefore + 1);
  }

  @Test
  void aMalformedSubmissionKeyIsRefused() {
    ResponseEntity<String> refused = post("inf-economy", START, withKey("<script>"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("报送标识只能由 8–64 位字母、数字和 - _ 组成");
  }

  @Test
  void twoReviewersCompletingOneTaskAtOnceOneWinsTheOtherIsToldClearly() {
    int rounds = Integer.getInteger("race.rounds", 5);
    for (int round = 0; round < rounds; round++) {
      // given an article waiting for the unit head
      String instanceId = start();
      String taskId = onlyTask("head-economy", instanceId);
      // when the head (two browser tabs) and the administrator complete it at the same moment, one approving, one
      // returning
      List<ResponseEntity<String>> answers = race(2, i -> post(i == 0 ? "head-economy" : "admin",
          "/engine-rest/task/" + taskId + "/complete", i == 0 ? approval(true, "同意") : approval(false, "请补充数据")));
      // then one decision is taken, the other is refused with a clear message
      assertThat(answers).as("%s", answers).extracting(ResponseEntity::getStatusCode)
          .containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
      assertThat(answers).filteredOn(r -> r.getStatusCode() == HttpStatus.CONFLICT).singleElement()
          .satisfies(r -> assertThat(r.getBody()).contains("该任务已被他人处理").doesNotContain("Exception"));
      // and exactly one review step was recorded for the task
      assertThat(jdbc.queryForObject("select count(*) from pd_review_step s join pd_article a on a.id = s.article_id "
          + "where a.process_instance_id = ? and s.step = 'Task_ReviewByUnitHead'", Long.class, instanceId)).isEqualTo(1);
    }
  }

  @Test
  void completingATaskSomeoneElseFinishedIsRefusedClearly() {
    String instanceId = start();
    String taskId = onlyTask("head-economy", instanceId);
    assertThat(post("head-economy", "/engine-rest/task/" + taskId + "/complete", approval(true, null)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> late = post("admin", "/engine-rest/task/" + taskId + "/complete", approval(true, null));
    assertThat(late.getStatusCode().is4xxClientError()).isTrue();
    assertThat(late.getBody()).contains("该任务已被他人处理");
  }

  @Test
  void twoReviewersClaimingOneTaskAtOnceOneGetsIt() {
    int rounds = 5;
    for (int round = 0; round < rounds; round++) {
      String taskId = onlyTask("head-economy", start());
      List<ResponseEntity<String>> answers = race(2, i -> post(i == 0 ? "head-economy" : "admin",
          "/engine-rest/task/" + taskId + "/claim", Map.of("userId", i == 0 ? "head-economy" : "admin")));
      assertThat(answers).extracting(ResponseEntity::getStatusCode)
          .containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
      assertThat(answers).filteredOn(r -> r.getStatusCode() == HttpStatus.CONFLICT).singleElement()
          .satisfies(r -> assertThat(r.getBody()).contains("该任务已被他人处理"));
    }
  }

  @Test
  void twoEditorsRecordingAdoptionsAtOnceBothAreKeptAndTheArticleIsScoredOnce() {
    // given an accepted article waiting for adoptions
    String instanceId = start();
    assertThat(post("head-economy", "/engine-rest/task/" + onlyTask("head-economy", instanceId) + "/complete",
        approval(true, null)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post("editor-liu", "/engine-rest/task/" + onlyTask("editor-liu", instanceId) + "/complete",
        Map.of("variables", Map.of("decision", Map.of("value", "ACCEPT")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String record = onlyTask("editor-liu", instanceId);
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    Map<String, Object> provincial = adoption("大众日报", today);
    Map<String, Object> municipal = adoption("市日报", today);

    // when editor-liu and the administrator record an adoption each at the same moment
    List<ResponseEntity<String>> answers = race(2, i -> post(i == 0 ? "editor-liu" : "admin",
        "/engine-rest/task/" + record + "/complete", i == 0 ? provincial : municipal));

    // then one is recorded, the other is told to look again, and nothing of it is half-written
    assertThat(answers).extracting(ResponseEntity::getStatusCode)
        .containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
    long article = jdbc.queryForObject("select id from pd_article where process_instance_id = ?", Long.class, instanceId);
    assertThat(adoptions(article)).isEqualTo(1);
    // the loser records it again on the fresh task: both adoptions are kept
    boolean provincialWon = answers.get(0).getStatusCode() == HttpStatus.NO_CONTENT;
    assertThat(post(provincialWon ? "admin" : "editor-liu", "/engine-rest/task/" + onlyTask("editor-liu", instanceId)
        + "/complete", provincialWon ? municipal : provincial).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(adoptions(article)).isEqualTo(2);
    // and when tracking ends, the article is scored once, for the provincial adoption only (R6)
    assertThat(post("editor-liu", "/engine-rest/task/" + onlyTask("editor-liu", instanceId) + "/complete",
        Map.of("variables", Map.of("trackingDone", Map.of("value", true)))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    TestJobs.run(management, instanceId);
    assertThat(jdbc.queryForList("select points from pd_ledger_entry where source_id = ? and superseded_at is null "
        + "and rule_id = 'R4'", Integer.class, String.valueOf(article))).containsExactly(55);
  }

  // --- helpers

  private List<ResponseEntity<String>> race(int clients, Function<Integer, ResponseEntity<String>> call) {
    CountDownLatch ready = new CountDownLatch(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int client = i;
      futures.add(POOL.submit(() -> {
        ready.countDown();
        go.await();
        return call.apply(client);
      }));
    }
    try {
      ready.await();
      go.countDown();
      List<ResponseEntity<String>> answers = new ArrayList<>();
      for (Future<ResponseEntity<String>> f : futures) {
        answers.add(f.get());
      }
      return answers;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> withKey(String key) {
    Map<String, Object> body = new HashMap<>(TestArticles.restStart("economy", "ORDINARY"));
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = new HashMap<>((Map<String, Object>) body.get("variables"));
    variables.put("submissionKey", Map.of("value", key));
    body.put("variables", variables);
    return body;
  }

  private static Map<String, Object> adoption(String media, String date) {
    return Map.of("variables", Map.of("mediaName", Map.of("value", media), "length", Map.of("value", "BRIEF"),
        "placement", Map.of("value", "OTHER_PAGE_HEADLINE"), "publishedOn", Map.of("value", date),
        "trackingDone", Map.of("value", false)));
  }

  private long adoptions(long articleId) {
    return jdbc.queryForObject("select count(*) from pd_adoption where article_id = ?", Long.class, articleId);
  }

  private long instances() {
    return jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = 'ArticleReview'", Long.class);
  }

  private String start() {
    ResponseEntity<Map> started = rest.withBasicAuth("inf-economy", "demo").postForEntity(START,
        TestArticles.restStart("economy", "ORDINARY"), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("id");
  }

  private String number(String instanceId) {
    return jdbc.queryForObject("select number from pd_article where process_instance_id = ?", String.class, instanceId);
  }

  private static Map<String, Object> approval(boolean approved, String comment) {
    return Map.of("variables", Map.of("approved", Map.of("value", approved),
        "comment", Map.of("value", comment == null ? "" : comment)));
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body), String.class);
  }

  private String onlyTask(String user, String instanceId) {
    List<Map<String, Object>> tasks = rest.withBasicAuth(user, "demo").exchange(
        "/engine-rest/task?processInstanceId=" + instanceId, HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
    assertThat(tasks).hasSize(1);
    return (String) tasks.get(0).get("id");
  }
}
