package org.publicitydesk.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/tasks/{taskId}/adoption-form}: what the 登记媒体采用 form shows (R4, R6) is read when it opens, for
 * whoever may read the task, and the process carries none of it (issue 17).
 */
@PublicityDeskTest
class AdoptionFormTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RuntimeService runtime;

  @Test
  void theFormShowsTheActiveCatalogueAndTheAdoptionsSoFarWithTheCountedOneMarked() {
    String instance = acceptedArticle();
    String task = openTask(instance);
    // before any adoption: the catalogue's active outlets, the level in the label; nothing recorded yet
    Map<String, Object> before = form("editor-liu", task).getBody();
    assertThat(options(before)).contains(Map.of("label", "大众日报(省级报纸)", "value", "大众日报"));
    assertThat(before).containsEntry("adoptionSummary", "(尚未登记采用)");
    // a district adoption, then a provincial one: both listed, the provincial one counted (R6)
    record(task, "区融媒体中心");
    String second = openTask(instance);
    record(second, "大众日报");
    Map<String, Object> after = form("editor-liu", openTask(instance)).getBody();
    assertThat((String) after.get("adoptionSummary"))
        .contains("区融媒体中心:区级简讯").containsOnlyOnce("**(计分:R6 取最高级别媒体)**")
        .containsPattern("大众日报:省级简讯40分,共 40 分 \\*\\*\\(计分");
    // nothing of it is a process variable
    assertThat(runtime.getVariables(instance)).doesNotContainKeys("mediaOptions", "adoptionSummary");
  }

  @Test
  void onlyWhoMayReadTheTaskSeesTheForm() {
    String task = openTask(acceptedArticle());
    assertThat(form("head-urban", task).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/tasks/" + task + "/adoption-form", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> unknown = rest.withBasicAuth("editor-liu", "demo")
        .getForEntity("/api/tasks/no-such-task/adoption-form", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("不是登记媒体采用任务");
  }

  private ResponseEntity<Map<String, Object>> form(String user, String task) {
    return rest.withBasicAuth(user, "demo").exchange("/api/tasks/" + task + "/adoption-form", HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {
        });
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> options(Map<String, Object> form) {
    return (List<Map<String, Object>>) form.get("mediaOptions");
  }

  private void record(String task, String media) {
    complete("editor-liu", task, Map.of("mediaName", Map.of("value", media), "length", Map.of("value", "BRIEF"),
        "placement", Map.of("value", "NONE"), "publishedOn",
        Map.of("value", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()), "trackingDone", Map.of("value", false)));
  }

  private String acceptedArticle() {
    ResponseEntity<Map> started = rest.withBasicAuth("inf-economy", "demo").postForEntity(
        "/engine-rest/process-definition/key/ArticleReview/start", TestArticles.restStart("economy", "ORDINARY"),
        Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instance = (String) started.getBody().get("id");
    complete("head-economy", openTask(instance), Map.of("approved", Map.of("value", true)));
    complete("editor-liu", openTask(instance), Map.of("decision", Map.of("value", "ACCEPT")));
    return instance;
  }

  private void complete(String user, String task, Map<String, Object> variables) {
    assertThat(rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + task + "/complete", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables)), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String openTask(String instance) {
    return jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, instance);
  }
}
