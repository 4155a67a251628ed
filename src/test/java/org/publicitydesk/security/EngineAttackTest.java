package org.publicitydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.publicitydesk.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, tried as an attacker would: every kind of engine call that changed the assessment outside one's role, on
 * both entry points ({@code /engine-rest} with HTTP Basic, and the webapps' engine API with a session and CSRF token).
 * Each attack asserts the answer (a 4xx in Chinese) and the effect: nothing that counts changed — articles and their
 * status, the ledger, the review record (who reviewed), where each process waits and who its candidates are, leads and
 * opinion reports ({@link Effects}).
 */
@PublicityDeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineAttackTest {

  static final String START = "process-definition/key/ArticleReview/start";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  static Stream<String> channels() {
    return Stream.of("engine-rest", "webapps");
  }

  // ---- 1. starting inside the process

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void startingInsideTheProcessIsRefusedForInformantsAndTheEditorialOffice(String channel) {
    Effects before = effects();
    for (String user : List.of("inf-economy", "editor-liu")) {
      for (List<String> activities : List.of(List.of("Task_RegisterArticle", "Task_AcceptArticle"),
          List.of("Task_EditorialReview"), List.of("Task_ScoreArticle"))) {
        Map<String, Object> body = new HashMap<>(TestArticles.restStart("economy", "ORDINARY"));
        body.put("startInstructions", activities.stream()
            .map(a -> Map.of("type", "startBeforeActivity", "activityId", a)).toList());
        ResponseEntity<String> answer = as(user, channel).call(HttpMethod.POST, START, body);
        assertThat(answer.getStatusCode().value()).as(user + " " + activities + answer.getBody()).isEqualTo(400);
        assertThat(answer.getBody()).contains("不能从流程中间开始");
      }
      Map<String, Object> skipping = new HashMap<>(TestArticles.restStart("economy", "ORDINARY"));
      skipping.put("skipCustomListeners", true);
      assertThat(as(user, channel).call(HttpMethod.POST, START, skipping).getStatusCode().value()).isEqualTo(400);
    }
    assertThat(effects()).isEqualTo(before);
  }

  // ---- 2. process variables deciding security: unitCode, routing

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void anInformantCannotRewriteItsUnitToReviewItsOwnArticle(String channel) {
    String instance = start("inf-economy", "economy", "ORDINARY");
    complete("head-economy", task(instance), Map.of("approved", v(false), "comment", v("请补充数据")));
    String revise = task(instance);
    Client informant = as("inf-economy", channel);
    Map<String, Object> injected = v("x,unit-economy,y");
    Effects before = effects();

    assertRefused(informant.call(HttpMethod.PUT, "task/" + revise + "/variables/unitCode", injected), 403);
    assertRefused(informant.call(HttpMethod.PUT, "task/" + revise + "/localVariables/unitCode", injected), 403);
    assertRefused(informant.call(HttpMethod.POST, "task/" + revise + "/variables",
        Map.of("modifications", Map.of("unitCode", injected))), 403);
    assertRefused(informant.call(HttpMethod.PUT, "process-instance/" + instance + "/variables/unitCode", injected),
        403);
    ResponseEntity<String> completion = informant.call(HttpMethod.POST, "task/" + revise + "/complete",
        Map.of("variables", Map.of("unitCode", injected, "content", v("修改后的正文,补充了数据。"))));
    assertRefused(completion, 400);
    assertThat(completion.getBody()).contains("unitCode");
    assertThat(effects()).isEqualTo(before);

    // the honest resubmission goes to the heads of economy, and only to them
    complete("inf-economy", revise, Map.of("content", v("修改后的正文,补充了 2026 年第一季度的数据。")));
    String head = task(instance);
    assertThat(candidateGroups(head)).containsExactly("unit-economy-head");
    assertRefused(informant.call(HttpMethod.POST, "task/" + head + "/claim", Map.of("userId", "inf-economy")), 403);
    assertRefused(informant.call(HttpMethod.POST, "task/" + head + "/complete",
        Map.of("variables", Map.of("approved", v(true)))), 403);
    assertThat(jdbc.queryForObject("select count(*) from pd_review_step s join pd_article a on a.id = s.article_id"
        + " where a.process_instance_id = ? and s.actor = 'inf-economy' and s.decision = 'APPROVED'", Integer.class,
        instance)).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void aUnitHeadCannotSkipTheSupervisingLeaderOfAMajorArticle(String channel) {
    String instance = start("inf-economy", "economy", "MAJOR");
    String head = task(instance);
    Client unitHead = as("head-economy", channel);
    Map<String, Object> routing = Map.of("type", "Json",
        "value", "{\"needsSupervisor\":false,\"needsPrincipal\":false}");
    Effects before = effects();

    assertRefused(unitHead.call(HttpMethod.POST, "task/" + head + "/complete",
        Map.of("variables", Map.of("approved", v(true), "routing", routing))), 400);
    assertRefused(unitHead.call(HttpMethod.PUT, "task/" + head + "/localVariables/routing", routing), 403);
    assertRefused(unitHead.call(HttpMethod.PUT, "process-instance/" + instance + "/variables/routing", routing), 403);
    assertRefused(unitHead.call(HttpMethod.POST, "task/" + head + "/submit-form",
        Map.of("variables", Map.of("approved", v(true), "reviewApproved", v(true)))), 400);
    assertThat(effects()).isEqualTo(before);

    assertThat(unitHead.call(HttpMethod.POST, "task/" + head + "/complete",
        Map.of("variables", Map.of("approved", v(true)))).getStatusCode().value()).isEqualTo(204);
    String supervisor = task(instance);
    assertThat(taskKey(supervisor)).isEqualTo("Task_ReviewBySupervisor");
    assertThat(candidateGroups(supervisor)).containsExactly("unit-economy-supervisor");
    assertRefused(unitHead.call(HttpMethod.POST, "task/" + supervisor + "/claim", Map.of("userId", "head-economy")),
        403);
  }

  // ---- 3. start variables that later forms would read; 4. identity from a variable

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void aStartCarriesOnlyTheStartFormsFieldsAndNeverItsOwnInitiator(String channel) {
    Effects before = effects();
    for (Map.Entry<String, Object> extra : Map.<String, Object>of("mediaLevel", v("NATIONAL"), "mediaName",
        v("人民日报"), "placement", v("FRONT_PAGE_HEADLINE"), "publishedOn", v("2026-01-02"), "trackingDone", v(true),
        "initiator", v("inf-economy-2"), "articleId", v(1), "outcome", v("ACCEPTED")).entrySet()) {
      Map<String, Object> body = TestArticles.restStart("economy", "ORDINARY");
      Map<String, Object> variables = new HashMap<>((Map<String, Object>) body.get("variables"));
      variables.put(extra.getKey(), extra.getValue());
      ResponseEntity<String> answer = as("inf-economy", channel).call(HttpMethod.POST, START,
          Map.of("variables", variables));
      assertRefused(answer, 400);
      assertThat(answer.getBody()).contains(extra.getKey());
    }
    // a department informant files a public-opinion report as a community's informant: refused either way
    Map<String, Object> report = Map.of("title", v("舆情"), "content", v("群众反映路灯不亮。"), "unitCode", v("dongfeng"));
    assertThat(as("inf-economy", channel).call(HttpMethod.POST, "process-definition/key/PublicOpinionReport/start",
        Map.of("variables", report)).getStatusCode().is4xxClientError()).isTrue();
    Map<String, Object> asColleague = new HashMap<>(report);
    asColleague.put("initiator", v("inf-dongfeng"));
    assertRefused(as("inf-economy", channel).call(HttpMethod.POST,
        "process-definition/key/PublicOpinionReport/start", Map.of("variables", asColleague)), 400);
    assertThat(effects()).isEqualTo(before);

    // the honest start is credited to whoever signed in
    String instance = start("inf-economy-2", "economy", "ORDINARY");
    assertThat(jdbc.queryForObject("select informant from pd_article where process_instance_id = ?", String.class,
        instance)).isEqualTo("inf-economy-2");
  }

  // ---- 5. grants wider than the roles

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void theEditorialOfficeAndStaffCannotOperateTheEngine(String channel) {
    String instance = start("inf-economy", "economy", "LEADERSHIP");
    String head = task(instance);
    String job = jdbc.queryForList("select id_ from act_ru_job", String.class).stream().findFirst().orElse("none");
    Effects before = effects();
    for (String user : List.of("editor-liu", "inf-economy", "principal-zhang")) {
      Client c = as(user, channel);
      assertRefused(c.call(HttpMethod.POST, "process-instance/" + instance + "/modification", Map.of("instructions",
          List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_EditorialReview"),
              Map.of("type", "cancel", "activityId", "Task_ReviewByUnitHead")))), 403);
      assertRefused(c.call(HttpMethod.POST, "message", Map.of("messageName", "ArticleWithdrawn",
          "processInstanceId", instance)), 403);
      assertRefused(c.call(HttpMethod.POST, "signal", Map.of("name", "anything")), 403);
      assertRefused(c.call(HttpMethod.PUT, "process-instance/" + instance + "/variables/articleId", v(1)), 403);
      assertRefused(c.call(HttpMethod.POST, "process-instance/" + instance + "/variables",
          Map.of("modifications", Map.of("unitCode", v("urban")))), 403);
      assertRefused(c.call(HttpMethod.PUT, "process-instance/" + instance + "/suspended", Map.of("suspended", true)),
          403);
      assertRefused(c.call(HttpMethod.DELETE, "process-instance/" + instance, null), 403);
      assertRefused(c.call(HttpMethod.POST, "process-instance/delete", Map.of("processInstanceIds", List.of(instance))),
          403);
      assertRefused(c.call(HttpMethod.POST, "migration/execute", Map.of()), 403);
      assertRefused(c.call(HttpMethod.POST, "modification/execute", Map.of()), 403);
      assertRefused(c.call(HttpMethod.POST, "job/" + job + "/execute", null), 403);
      assertRefused(c.call(HttpMethod.PUT, "job/" + job + "/suspended", Map.of("suspended", true)), 403);
      assertRefused(c.call(HttpMethod.PUT, "job/" + job + "/duedate", Map.of("duedate", "2020-01-01T00:00:00.000+0000")),
          403);
      assertRefused(c.call(HttpMethod.DELETE, "job/" + job, null), 403);
      assertRefused(c.call(HttpMethod.POST, "history/cleanup", null), 403);
      assertRefused(c.call(HttpMethod.PUT, "job-definition/suspended", Map.of("suspended", true)), 403);
      assertRefused(c.call(HttpMethod.POST, "external-task/fetchAndLock", Map.of("workerId", "x", "maxTasks", 1)),
          403);
      assertRefused(c.call(HttpMethod.POST, "deployment/create", Map.of()), 403);
      assertRefused(c.call(HttpMethod.POST, "decision-definition/key/ReviewRouting/evaluate", Map.of()), 403);
      assertRefused(c.call(HttpMethod.POST, "task/" + head + "/delegate", Map.of("userId", user)), 403);
      assertRefused(c.call(HttpMethod.POST, "task/" + head + "/assignee", Map.of("userId", user)), 403);
      assertRefused(c.call(HttpMethod.POST, "task/" + head + "/identity-links",
          Map.of("groupId", "editorial", "type", "candidate")), 403);
      assertRefused(c.call(HttpMethod.POST, "task/create", Map.of("id", "forged-" + user)), 403);
      assertRefused(c.call(HttpMethod.POST, "user/create", Map.of("profile", Map.of("id", "mallory"),
          "credentials", Map.of("password", "Mallory-2026!"))), 403);
      assertRefused(c.call(HttpMethod.PUT, "user/inf-urban/credentials",
          Map.of("password", "Takeover-2026!", "authenticatedUserPassword", "demo")), 403);
      assertRefused(c.call(HttpMethod.POST, "authorization/create", Map.of("type", 1, "permissions", List.of("ALL"),
          "userId", user, "resourceType", 8, "resourceId", "*")), 403);
      assertRefused(c.call(HttpMethod.PUT, "group/editorial/members/" + user, null), 403);
    }
    assertThat(effects()).isEqualTo(before);
    assertThat(taskKey(task(instance))).isEqualTo("Task_ReviewByUnitHead");
  }

  // ---- 6. smaller holes that go through the engine

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void staffCannotTestPasswordsCommentOnOthersTasksOrReadGlobalCounts(String channel) {
    String instance = start("inf-economy", "economy", "ORDINARY");
    String head = task(instance);
    Client informant = as("inf-economy", channel);
    assertRefused(informant.call(HttpMethod.POST, "identity/verify", Map.of("username", "head-economy",
        "password", "demo")), 403);
    assertRefused(informant.call(HttpMethod.POST, "task/" + head + "/comment/create", Map.of("message", "同意")), 403);
    assertRefused(informant.call(HttpMethod.GET, "process-definition/statistics", null), 403);
    assertRefused(as("head-urban", channel).call(HttpMethod.GET, "process-definition/statistics?rootIncidents=true",
        null), 403);
    assertThat(as("editor-liu", channel).call(HttpMethod.GET, "process-definition/statistics", null)
        .getStatusCode().value()).isEqualTo(200);
    assertThat(jdbc.queryForObject("select count(*) from act_hi_comment where task_id_ = ?", Integer.class, head))
        .isZero();
    // the head comments on its own task
    assertThat(as("head-economy", channel).call(HttpMethod.POST, "task/" + head + "/comment/create",
        Map.of("message", "已阅")).getStatusCode().is2xxSuccessful()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void anAdministratorIsTrustedWithTheEngineButStillCannotSkipALevelOfR1(String channel) {
    String instance = start("inf-economy", "economy", "MAJOR");
    Client admin = as("admin", channel);
    ResponseEntity<String> moved = admin.call(HttpMethod.POST, "process-instance/" + instance + "/modification",
        Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_EditorialReview"),
            Map.of("type", "cancel", "activityId", "Task_ReviewByUnitHead"))));
    assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(204);
    String editorial = task(instance);
    Effects before = effects();
    ResponseEntity<String> accept = as("editor-liu", channel).call(HttpMethod.POST, "task/" + editorial + "/complete",
        Map.of("variables", Map.of("decision", v("ACCEPT"))));
    assertRefused(accept, 400);
    assertThat(accept.getBody()).contains("还没有经过全部审核");
    assertThat(effects()).isEqualTo(before);
  }

  // ---- helpers

  private void assertRefused(ResponseEntity<String> answer, int status) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
    assertThat(answer.getBody()).as("a Chinese message").containsPattern("\\p{IsHan}");
  }

  record Effects(List<String> articles, List<String> ledger, int reviewSteps, List<String> tasks,
      List<String> candidates, List<String> leads, int reports, int instances) {
  }

  private Effects effects() {
    return new Effects(
        jdbc.queryForList("select concat(number, ':', status, ':', coalesce(approved_level, -1), ':', informant)"
            + " from pd_article order by id", String.class),
        jdbc.queryForList("select concat(unit_code, ':', rule_id, ':', points, ':', occurred_on) from pd_ledger_entry"
            + " order by id", String.class),
        jdbc.queryForObject("select count(*) from pd_review_step", Integer.class),
        jdbc.queryForList("select concat(proc_inst_id_, ':', task_def_key_, ':', coalesce(assignee_, '-'), ':',"
            + " suspension_state_) from act_ru_task order by id_", String.class),
        jdbc.queryForList("select concat(task_id_, ':', coalesce(group_id_, user_id_)) from act_ru_identitylink"
            + " where task_id_ is not null order by task_id_, group_id_, user_id_", String.class),
        jdbc.queryForList("select concat(id, ':', status) from pd_lead order by id", String.class),
        jdbc.queryForObject("select count(*) from pd_opinion_report", Integer.class),
        jdbc.queryForObject("select count(*) from act_ru_execution where parent_id_ is null", Integer.class));
  }

  private static Map<String, Object> v(Object value) {
    return Map.of("value", value);
  }

  private String start(String informant, String unit, String itemClass) {
    ResponseEntity<Map> started = rest.withBasicAuth(informant, "demo").postForEntity("/engine-rest/" + START,
        TestArticles.restStart(unit, itemClass), Map.class);
    assertThat(started.getStatusCode().is2xxSuccessful()).as(String.valueOf(started.getBody())).isTrue();
    return (String) started.getBody().get("id");
  }

  private void complete(String user, String taskId, Map<String, Object> variables) {
    ResponseEntity<String> done = rest.withBasicAuth(user, "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables), String.class);
    assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
  }

  private String task(String instance) {
    return jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, instance);
  }

  private String taskKey(String task) {
    return jdbc.queryForObject("select task_def_key_ from act_ru_task where id_ = ?", String.class, task);
  }

  private List<String> candidateGroups(String task) {
    return jdbc.queryForList("select group_id_ from act_ru_identitylink where task_id_ = ? and type_ = 'candidate'",
        String.class, task);
  }

  private final Map<String, WebappSession> sessions = new HashMap<>();

  private Client as(String user, String channel) {
    return channel.equals("engine-rest") ? new Client(rest.withBasicAuth(user, "demo"), "/engine-rest/", null)
        : new Client(rest, "/camunda/api/engine/engine/default/",
            sessions.computeIfAbsent(user, u -> WebappSession.login(rest, u, "demo")));
  }

  /** One user on one entry point of the engine API. */
  record Client(TestRestTemplate http, String prefix, WebappSession session) {

    ResponseEntity<String> call(HttpMethod method, String path, Object body) {
      HttpHeaders headers = session == null ? new HttpHeaders() : session.headers();
      headers.setContentType(MediaType.APPLICATION_JSON);
      return http.exchange(prefix + path, method, new HttpEntity<>(body, headers), String.class);
    }
  }
}
