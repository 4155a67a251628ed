package org.publicitydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every role × every application endpoint and the engine REST calls that matter, on an article of the economy
 * office: who is allowed (2xx), who is refused (403, or 404 where the thing is not even visible), who must log in
 * (401). Each row lists the expected answer for the roles in {@link #ROLES} order.
 * <p>Codes: {@code Y} 2xx · {@code N} 403 or 404 · {@code B} allowed, but the harmless test input is refused as bad
 * (400/404/409/422 — never 401/403, never 5xx) · {@code L} 401 (anonymous) · {@code 1}/{@code 0} an engine list that
 * shows the article's entry / shows nothing.
 */
@PublicityDeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

  /** informant of the unit, informant of another unit, head, other head, supervisor, other supervisor, ... */
  static final List<String> ROLES = List.of("inf-economy", "inf-urban", "head-economy", "head-urban", "sup-wang",
      "sup-li", "principal-zhang", "editor-liu", "admin", "anonymous");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  private String instanceId;
  private String number;
  private String documentId;
  private long meetingId;

  @BeforeAll
  void anArticleOfTheEconomyOffice() {
    meetingId = ((Number) rest.withBasicAuth("editor-liu", "demo").postForEntity("/api/meetings", Map.of("kind",
        "MEETING", "date", "2026-01-06", "topic", "矩阵测试例会", "organiser", "政工科", "attendees",
        List.of("inf-economy")), Map.class).getBody().get("id")).longValue();
    instanceId = start();
    number = jdbc.queryForObject("select number from pd_article where process_instance_id = ?", String.class, instanceId);
    documentId = jdbc.queryForObject("select document_id from pd_article where process_instance_id = ?", String.class,
        instanceId);
  }

  record Call(HttpMethod method, String path, Object body, MediaType type) {
  }

  record Row(String name, String expected, Function<AccessMatrixTest, Call> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Row get(String name, String expected, Function<AccessMatrixTest, String> path) {
    return new Row("GET " + name, expected, t -> new Call(HttpMethod.GET, path.apply(t), null, null));
  }

  static Row send(HttpMethod method, String name, String expected, Function<AccessMatrixTest, String> path,
      Object body) {
    return new Row(method + " " + name, expected, t -> new Call(method, path.apply(t), body, MediaType.APPLICATION_JSON));
  }

  static Stream<Row> rows() {
    HttpMethod post = HttpMethod.POST;
    HttpMethod put = HttpMethod.PUT;
    //                                                     roles: iIhHsSpeaA
    return Stream.of(
        get("/api/me", "YYYYYYYYYL", t -> "/api/me"),
        get("/api/units", "YYYYYYYYYL", t -> "/api/units"),
        get("/api/articles/mine", "YYYYYYYYYL", t -> "/api/articles/mine"),
        get("/api/articles/{number}", "YNYNYNYYYL", t -> "/api/articles/" + t.number),
        get("/api/articles/{number}/adoptions", "YNYNYNYYYL", t -> "/api/articles/" + t.number + "/adoptions"),
        get("/api/documents/{id} (the article's Word file)", "YNYNYNYYYL", t -> "/api/documents/" + t.documentId),
        send(post, "/api/articles/{number}/withdraw (another article)", "YNNNNNNNNL",
            t -> "/api/articles/" + t.numberOf(t.start()) + "/withdraw", null),
        get("/api/notifications", "YYYYYYYYYL", t -> "/api/notifications"),
        get("/api/me/done", "YYYYYYYYYL", t -> "/api/me/done"),
        send(post, "/api/notifications/{id}/read (nobody's)", "BBBBBBBBBL", t -> "/api/notifications/987654321/read",
            null),
        get("/api/progress?unitCode=economy", "YNYNYNYYYL", t -> "/api/progress?unitCode=economy"),
        get("/api/quota/weeks (economy)", "YNYNYNYYYL", t -> "/api/quota/weeks?unitCode=economy&year=2030&quarter=1"),
        get("/api/ledger (economy)", "YNYNYNYYYL", t -> "/api/ledger?unitCode=economy&year=2030"),
        get("/api/scores", "YYYYYYYYYL", t -> "/api/scores?year=2030"),
        send(post, "/api/settlements (quarter preview)", "NNNNNNNYYL",
            t -> "/api/settlements?year=2030&quarter=1&preview=true", null),
        send(post, "/api/settlements (opinion month preview)", "NNNNNNNYYL",
            t -> "/api/settlements?year=2030&month=1&kind=OPINION&preview=true", null),
        send(post, "/api/organization/reload", "NNNNNNNNYL", t -> "/api/organization/reload", null),
        get("/api/calendar/{year}", "YYYYYYYYYL", t -> "/api/calendar/2030"),
        send(put, "/api/calendar/{year}", "NNNNNNNNYL", t -> "/api/calendar/2030",
            Map.of("holidays", List.of(), "workdays", List.of())),
        get("/api/media", "YYYYYYYYYL", t -> "/api/media"),
        new Row("POST /api/media", "NNNNNNNYYL", t -> new Call(post, "/api/media", Map.of("name", "矩阵测试媒体"
            + System.nanoTime(), "level", "DISTRICT", "kind", "ONLINE", "active", true), MediaType.APPLICATION_JSON)),
        send(put, "/api/media/{id} (none)", "NNNNNNNBBL", t -> "/api/media/987654321",
            Map.of("name", "无", "level", "DISTRICT", "kind", "ONLINE", "active", true)),
        send(put, "/api/adoptions/{id} (none)", "NNNNNNNBBL", t -> "/api/adoptions/987654321",
            Map.of("mediaName", "大众日报", "length", "BRIEF", "placement", "NONE", "publishedOn", "2030-01-02",
                "reason", "更正")),
        send(post, "/api/adoptions/{id}/remove (none)", "NNNNNNNBBL", t -> "/api/adoptions/987654321/remove",
            Map.of("reason", "删除")),
        get("/api/points-table", "YYYYYYYYYL", t -> "/api/points-table?year=2030"),
        new Row("PUT /api/points-table/{year} (not a DMN)", "NNNNNNNNBL",
            t -> new Call(put, "/api/points-table/2030", "<nothing/>", MediaType.APPLICATION_XML)),
        send(post, "/api/import (empty)", "NNNNNNNBBL", t -> "/api/import", Map.of("articles", List.of())),
        get("/api/import/template.xlsx", "YYYYYYYYYL", t -> "/api/import/template.xlsx"),
        // issue 16: leading group, copies, reminders, meetings (R12)
        get("/api/organization/leading-group", "YYYYYYYYYL", t -> "/api/organization/leading-group"),
        send(post, "/api/tasks/{taskId}/copy (the head's task, to the editorial office)", "NNYNNNNNNL",
            t -> "/api/tasks/" + t.headTask() + "/copy", Map.of("to", List.of("editor-liu"), "comment", "矩阵测试")),
        get("/api/me/copied", "YYYYYYYYYL", t -> "/api/me/copied"),
        // the portal's 待我审批 and 代理设置 (issue 16), a head's unit articles (issue 15)
        get("/api/me/tasks", "YYYYYYYYYL", t -> "/api/me/tasks"),
        get("/api/tasks/{taskId}/copy-candidates (the head's task)", "NNYNNNNNNL",
            t -> "/api/tasks/" + t.headTask() + "/copy-candidates"),
        get("/api/me/deputy-candidates", "YYYYYYYYYL", t -> "/api/me/deputy-candidates"),
        get("/api/users/{userId}/deputy-candidates", "NNNNNNNNYL", t -> "/api/users/head-urban/deputy-candidates"),
        get("/api/deputies", "NNNNNNNNYL", t -> "/api/deputies"),
        new Row("DELETE /api/users/{userId}/deputy (none set)", "NNNNNNNNYL",
            t -> new Call(HttpMethod.DELETE, "/api/users/head-social/deputy", null, null)),
        get("/api/articles?unitCode=economy", "YNYNYNYYYL", t -> "/api/articles?unitCode=economy"),
        send(post, "/api/articles/{number}/remind", "YNNNNNNNNL", t -> "/api/articles/" + t.number + "/remind", null),
        get("/api/meetings", "YYYYYYYYYL", t -> "/api/meetings"),
        get("/api/meetings/{id} (attended by inf-economy)", "YNNNNNYYYL", t -> "/api/meetings/" + t.meetingId),
        send(post, "/api/meetings", "NNNNNNNYYL", t -> "/api/meetings", Map.of("kind", "TRAINING", "date",
            "2026-01-07", "topic", "矩阵测试培训", "organiser", "政工科", "attendees", List.of("inf-urban"))),
        new Row("POST /api/meetings/{id}/materials (none)", "NNNNNNNBBL",
            t -> new Call(post, "/api/meetings/987654321/materials", material(), MediaType.MULTIPART_FORM_DATA)),
        // the engine's REST API
        send(post, "start ArticleReview for economy", "YNNNNNNBBL",
            t -> "/engine-rest/process-definition/key/ArticleReview/start", TestArticles.restStart("economy", "ORDINARY")),
        get("task list of the article", "101010111L", t -> "/engine-rest/task?processInstanceId=" + t.instanceId),
        send(post, "complete the unit head's task (a fresh article each)", "NNYNNNNNYL",
            t -> "/engine-rest/task/" + t.taskOf(t.start()) + "/complete",
            Map.of("variables", Map.of("approved", Map.of("value", true)))),
        get("process-instance variables", "YNYNYNYYYL",
            t -> "/engine-rest/process-instance/" + t.instanceId + "/variables"),
        get("history/process-instance", "101010111L",
            t -> "/engine-rest/history/process-instance?processInstanceId=" + t.instanceId),
        get("history/variable-instance", "101010111L",
            t -> "/engine-rest/history/variable-instance?variableName=title&processInstanceId=" + t.instanceId),
        // the unit's grant on the historic instance covers its tasks' history (no grant per task, issue 17)
        get("history/task of the article", "101010111L",
            t -> "/engine-rest/history/task?processInstanceId=" + t.instanceId),
        get("history/user-operation of the article (Tasklist 历史)", "101010111L",
            t -> "/engine-rest/history/user-operation?processInstanceId=" + t.instanceId),
        // every engine resource family staff can reach (issue 14): only the administrator operates the engine
        send(post, "deployment: delete (none)", "NNNNNNNNBL", t -> "/engine-rest/deployment/none/delete", null),
        new Row("DELETE deployment (none)", "NNNNNNNNBL",
            t -> new Call(HttpMethod.DELETE, "/engine-rest/deployment/none", null, null)),
        send(post, "process-definition: start before Task_AcceptArticle", "BBBBBBBBBL",
            t -> "/engine-rest/process-definition/key/ArticleReview/start", withInstructions("Task_AcceptArticle")),
        send(put, "process-instance: write a variable", "NNNNNNNNYL",
            t -> "/engine-rest/process-instance/" + t.instanceId + "/variables/matrixProbe", Map.of("value", 1)),
        send(post, "message: correlate (no such message)", "NNNNNNNNBL", t -> "/engine-rest/message",
            Map.of("messageName", "MatrixProbe")),
        send(post, "signal", "NNNNNNNNYL", t -> "/engine-rest/signal", Map.of("name", "MatrixProbe")),
        send(put, "task: write a variable", "NNNNNNNNYL",
            t -> "/engine-rest/task/" + t.headTask() + "/variables/matrixProbe", Map.of("value", 1)),
        send(post, "task: comment", "NNYNNNNNYL", t -> "/engine-rest/task/" + t.headTask() + "/comment/create",
            Map.of("message", "矩阵测试")),
        send(post, "task: add a candidate (none)", "NNNNNNNNBL", t -> "/engine-rest/task/none/identity-links",
            Map.of("groupId", "editorial", "type", "candidate")),
        send(post, "job: execute (none)", "NNNNNNNNBL", t -> "/engine-rest/job/none/execute", null),
        send(put, "job-definition: suspend (none)", "NNNNNNNNYL", t -> "/engine-rest/job-definition/none/suspended",
            Map.of("suspended", true)),
        new Row("DELETE batch (none)", "NNNNNNNNBL",
            t -> new Call(HttpMethod.DELETE, "/engine-rest/batch/none", null, null)),
        new Row("DELETE history/process-instance (none)", "NNNNNNNNBL",
            t -> new Call(HttpMethod.DELETE, "/engine-rest/history/process-instance/none", null, null)),
        send(post, "identity/verify another's password", "NNNNNNNNYL", t -> "/engine-rest/identity/verify",
            Map.of("username", "inf-urban", "password", "demo")),
        get("filter list", "YYYYYYYYYL", t -> "/engine-rest/filter"),
        send(post, "decision: evaluate ReviewRouting", "NNNNNNNNYL",
            t -> "/engine-rest/decision-definition/key/ReviewRouting/evaluate",
            Map.of("variables", Map.of("itemClass", Map.of("value", "ORDINARY")))),
        get("process-definition/statistics (every unit's counts)", "NNNNNNYYYL",
            t -> "/engine-rest/process-definition/statistics"));
  }

  static Stream<Arguments> cases() {
    return rows().flatMap(row -> {
      List<Arguments> cases = new ArrayList<>();
      for (int i = 0; i < ROLES.size(); i++) {
        cases.add(Arguments.of(row, ROLES.get(i), row.expected().charAt(i)));
      }
      return cases.stream();
    });
  }

  @ParameterizedTest(name = "{0} as {1}: {2}")
  @MethodSource("cases")
  void everyRoleGetsWhatItMayAndNothingElse(Row row, String role, char expected) {
    Call call = row.call().apply(this);
    HttpHeaders headers = new HttpHeaders();
    if (call.type() != null) {
      headers.setContentType(call.type());
    }
    TestRestTemplate client = role.equals("anonymous") ? rest : rest.withBasicAuth(role, "demo");
    ResponseEntity<String> answer = client.exchange(call.path(), call.method(), new HttpEntity<>(call.body(), headers),
        String.class);
    HttpStatusCode status = answer.getStatusCode();
    String what = row + " as " + role + " → " + status + " " + answer.getBody();
    switch (expected) {
      case 'Y' -> assertThat(status.is2xxSuccessful()).as(what).isTrue();
      case 'N' -> assertThat(status.value()).as(what).isIn(403, 404);
      case 'B' -> assertThat(status.value()).as(what).isIn(400, 404, 409, 422);
      case 'L' -> assertThat(status.value()).as(what).isEqualTo(401);
      case '1', '0' -> {
        assertThat(status.value()).as(what).isEqualTo(200);
        assertThat(answer.getBody()).as(what).matches(expected == '1' ? "\\[\\{.*\\}\\]" : "\\[\\]");
      }
      default -> throw new IllegalArgumentException(String.valueOf(expected));
    }
  }

  private static org.springframework.util.MultiValueMap<String, Object> material() {
    org.springframework.util.MultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
    form.add("file", new org.springframework.core.io.ByteArrayResource(
        "%PDF-1.4\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
      @Override
      public String getFilename() {
        return "材料.pdf";
      }
    });
    return form;
  }

  private String start() {
    ResponseEntity<Map> started = rest.withBasicAuth("inf-economy", "demo").postForEntity(
        "/engine-rest/process-definition/key/ArticleReview/start", TestArticles.restStart("economy", "ORDINARY"),
        Map.class);
    assertThat(started.getStatusCode().is2xxSuccessful()).as(String.valueOf(started.getBody())).isTrue();
    return (String) started.getBody().get("id");
  }

  private String headTask() {
    return taskOf(instanceId);
  }

  private static Map<String, Object> withInstructions(String activityId) {
    Map<String, Object> body = new java.util.HashMap<>(TestArticles.restStart("economy", "ORDINARY"));
    body.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", activityId)));
    return body;
  }

  private String numberOf(String instance) {
    return jdbc.queryForObject("select number from pd_article where process_instance_id = ?", String.class, instance);
  }

  private String taskOf(String instance) {
    return jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, instance);
  }
}
