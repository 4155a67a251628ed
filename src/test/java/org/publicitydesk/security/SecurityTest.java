package org.publicitydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Security on by default (contract): REST needs authentication, and a user of one unit cannot see another unit's
 * tasks, process instances or variables through {@code /engine-rest}.
 */
@PublicityDeskTest
class SecurityTest {

  @Autowired
  TestRestTemplate rest;

  String instanceId;

  @BeforeEach
  void anInformantOfEconomyStartsAProcess() {
    // given: inf-economy starts a process for its own unit
    ResponseEntity<Map<String, Object>> started = start("inf-economy", "economy");
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    instanceId = (String) started.getBody().get("id");
  }

  @Test
  void restNeedsCredentials() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/units", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // (a wrong password delays that user's next logins: Camunda's login throttling; no other test uses inf-yingbin)
    assertThat(rest.withBasicAuth("nobody-at-all", "wrong").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void theUnitHeadSeesTheTaskAndAnotherUnitsHeadDoesNot() {
    assertThat(taskCount("head-economy")).isEqualTo(1);
    assertThat(taskCount("inf-economy")).isEqualTo(1);
    assertThat(taskCount("inf-economy-2")).isEqualTo(1);
    assertThat(taskCount("head-urban")).isZero();
    assertThat(taskCount("inf-urban")).isZero();
  }

  @Test
  void onlyTheUnitsSupervisingLeaderAndTheEditorialOfficeSeeIt() {
    assertThat(taskCount("sup-wang")).isEqualTo(1);
    assertThat(taskCount("sup-li")).isZero();
    assertThat(taskCount("editor-liu")).isEqualTo(1);
    assertThat(taskCount("principal-zhang")).isEqualTo(1);
  }

  @Test
  void aProcessDefinitionOrTaskThatDoesNotExistIsCamundasAnswerNotAServerError() {
    // the guard looks them up first; a not-found there must not spoil the request's transaction (it had been a 500)
    ResponseEntity<String> start = rest.withBasicAuth("inf-economy", "demo").postForEntity(
        "/engine-rest/process-definition/no-such-definition/start", TestArticles.restStart("economy", "ORDINARY"),
        String.class);
    assertThat(start.getStatusCode().is4xxClientError()).as(start.getBody()).isTrue();
    ResponseEntity<String> complete = rest.withBasicAuth("head-economy", "demo").postForEntity(
        "/engine-rest/task/no-such-task/complete", Map.of("variables", Map.of()), String.class);
    assertThat(complete.getStatusCode().is4xxClientError()).as(complete.getBody()).isTrue();
  }

  @Test
  void anotherUnitCannotReadTheVariables() {
    String taskId = taskIds("head-economy").get(0);
    assertThat(status("head-economy", "/engine-rest/process-instance/" + instanceId + "/variables")).isEqualTo(HttpStatus.OK);
    assertThat(status("head-urban", "/engine-rest/process-instance/" + instanceId + "/variables")).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> taskVariables = rest.withBasicAuth("inf-urban", "demo")
        .getForEntity("/engine-rest/task/" + taskId + "/variables", String.class);
    assertThat(taskVariables.getStatusCode().is4xxClientError()).isTrue();
    assertThat(taskVariables.getBody()).doesNotContain("工作信息");
    // Camunda does not even reveal that the task exists
    assertThat(status("head-urban", "/engine-rest/task/" + taskId)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("head-urban", "demo").getForObject(
        "/engine-rest/history/process-instance/count?processInstanceId=" + instanceId, Map.class).get("count"))
        .isEqualTo(0);
  }

  @Test
  void anotherUnitCannotCompleteTheTask() {
    String taskId = taskIds("head-economy").get(0);
    ResponseEntity<String> completed = rest.withBasicAuth("head-urban", "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of()), String.class);
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskCount("head-economy")).isEqualTo(1);
  }

  @Test
  void anInformantCannotStartForAnotherUnit() {
    ResponseEntity<Map<String, Object>> refused = start("inf-urban", "economy");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody().get("message").toString()).contains("不是单位 economy 的信息员");
  }

  @Test
  void anUnknownUnitIsRefused() {
    ResponseEntity<Map<String, Object>> refused = start("editor-liu", "nowhere");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("unitCode='nowhere' 不存在");
  }

  @Test
  void aUnitHeadCannotStartAnInformantsProcess() {
    assertThat(start("head-economy", "economy").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aHugeRequestIsRefusedBeforeItIsRead() {
    byte[] huge = new byte[26 * 1024 * 1024];
    ResponseEntity<String> refused = rest.withBasicAuth("inf-economy", "demo").exchange(
        "/engine-rest/process-definition/key/ArticleReview/start", HttpMethod.POST,
        new HttpEntity<>(huge, jsonHeaders()), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(refused.getBody()).contains("上传内容超过 25 MB 上限");
  }

  private static org.springframework.http.HttpHeaders jsonHeaders() {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return headers;
  }

  private ResponseEntity<Map<String, Object>> start(String user, String unitCode) {
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest/process-definition/key/ArticleReview/start",
        HttpMethod.POST, new HttpEntity<>(TestArticles.restStart(unitCode, "ORDINARY")),
        new ParameterizedTypeReference<>() {
        });
  }

  private int taskCount(String user) {
    return taskIds(user).size();
  }

  private List<String> taskIds(String user) {
    List<Map<String, Object>> tasks = rest.withBasicAuth(user, "demo").exchange(
        "/engine-rest/task?processInstanceId=" + instanceId, HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
    return tasks.stream().map(t -> (String) t.get("id")).toList();
  }

  private HttpStatus status(String user, String path) {
    return HttpStatus.valueOf(rest.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode().value());
  }
}
