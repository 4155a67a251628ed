package org.publicitydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.WebappSession;
import org.publicitydesk.TestArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A 403 tells a non-administrator nothing about what it may not see: no instance, task or definition id of another
 * unit, on {@code /engine-rest} and on the webapps' {@code /camunda/api/engine} alike; a Chinese message instead.
 */
@PublicityDeskTest
class RefusalsTest {

  private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

  @Autowired
  TestRestTemplate rest;

  String instanceId;
  String taskId;

  @BeforeEach
  void anArticleOfEconomyWaitsForItsHead() {
    ResponseEntity<Map<String, Object>> started = rest.withBasicAuth("inf-economy", "demo").exchange(
        "/engine-rest/process-definition/key/ArticleReview/start", HttpMethod.POST,
        new HttpEntity<>(TestArticles.restStart("economy", "ORDINARY")), new ParameterizedTypeReference<>() {
        });
    instanceId = (String) started.getBody().get("id");
    List<Map<String, Object>> tasks = rest.withBasicAuth("head-economy", "demo").exchange(
        "/engine-rest/task?processInstanceId=" + instanceId, HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
    taskId = (String) tasks.get(0).get("id");
  }

  @Test
  void engineRestRefusesAnotherUnitWithoutNamingItsResources() {
    for (String path : List.of("/process-instance/" + instanceId + "/variables", "/task/" + taskId + "/variables",
        "/task/" + taskId + "/form-variables")) {
      ResponseEntity<String> refused = rest.withBasicAuth("head-urban", "demo")
          .getForEntity("/engine-rest" + path, String.class);
      assertHidden(path, refused);
    }
    ResponseEntity<String> completed = rest.withBasicAuth("head-urban", "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of()), String.class);
    assertHidden("complete", completed);
    // the task is still there for its own unit
    assertThat(rest.withBasicAuth("head-economy", "demo").getForEntity("/engine-rest/task/" + taskId, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theWebappsCopyOfTheApiRefusesTheSameWay() {
    HttpHeaders session = WebappSession.login(rest, "head-urban", "demo").headers();
    for (String path : List.of("/process-instance/" + instanceId + "/variables", "/task/" + taskId + "/variables")) {
      ResponseEntity<String> refused = rest.exchange(WEBAPP_ENGINE + path, HttpMethod.GET, new HttpEntity<>(session),
          String.class);
      assertHidden("webapp " + path, refused);
    }
  }

  @Test
  void theApplicationsOwnRefusalStillNamesWhatWasAsked() {
    ResponseEntity<String> refused = rest.withBasicAuth("inf-urban", "demo").exchange(
        "/engine-rest/process-definition/key/ArticleReview/start", HttpMethod.POST,
        new HttpEntity<>(TestArticles.restStart("economy", "ORDINARY")), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("不是单位 economy 的信息员");
  }

  private void assertHidden(String what, ResponseEntity<String> refused) {
    assertThat(refused.getStatusCode()).as(what + " " + refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).as(what).contains(Refusals.FORBIDDEN)
        .doesNotContain(instanceId).doesNotContain(taskId).doesNotContain("ArticleReview");
  }
}
