package org.publicitydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HTML and script in what people type — titles, review comments, media names — reach the Tasklist forms (Markdown
 * that the task forms render), the pages and the API as text, never as markup; overlong values are refused.
 */
@PublicityDeskTest
class XssTest {

  private static final String START = "/engine-rest/process-definition/key/ArticleReview/start";
  private static final String SCRIPT = "<script>alert('t')</script><img src=x onerror=alert(1)>";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void scriptInTitlesCommentsAndMediaNamesIsShownAsText() {
    // given an article whose title is a script, returned by the head with a script for a comment
    String instanceId = start("《" + SCRIPT + "》[点我](javascript:alert(2))");
    String task = jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, instanceId);
    assertThat(post("head-economy", "/engine-rest/task/" + task + "/complete", Map.of("variables", Map.of(
        "approved", Map.of("value", false), "comment", Map.of("value", "请修改 " + SCRIPT))))).isEqualTo(HttpStatus.NO_CONTENT);

    // then the Markdown the forms render holds no tag and no link, only their text
    String revise = jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, instanceId);
    Map<String, Object> view = rest.withBasicAuth("inf-economy", "demo").exchange("/api/tasks/" + revise + "/view",
        HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() {
        }).getBody();
    for (String variable : List.of("articleSummary", "reviewHistory")) {
      String markdown = (String) view.get(variable);
      assertThat(markdown).as(variable).doesNotContain("<script", "<img", "](javascript")
          .contains("&lt;script&gt;");
    }
    // and the API answers JSON, which a browser does not render as a page
    ResponseEntity<String> article = rest.withBasicAuth("inf-economy", "demo").getForEntity("/api/articles/"
        + jdbc.queryForObject("select number from pd_article where process_instance_id = ?", String.class, instanceId),
        String.class);
    assertThat(article.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();

    // a media name with markup (the catalogue is typed in by the editorial office) is escaped in the adoption form
    String media = "<img src=x onerror=alert(3)>" + System.nanoTime();
    assertThat(rest.withBasicAuth("editor-liu", "demo").postForEntity("/api/media", Map.of("name", media, "level",
        "DISTRICT", "kind", "ONLINE", "active", true), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String accepted = acceptedArticle();
    String record = jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, accepted);
    assertThat(post("editor-liu", "/engine-rest/task/" + record + "/complete", Map.of("variables", Map.of(
        "mediaName", Map.of("value", media), "length", Map.of("value", "BRIEF"), "placement", Map.of("value", "NONE"),
        "publishedOn", Map.of("value",
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()), "trackingDone", Map.of("value", false)))))
        .isEqualTo(HttpStatus.NO_CONTENT);
    String next = jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, accepted);
    Map<String, Object> form = rest.withBasicAuth("editor-liu", "demo").exchange("/api/tasks/" + next
        + "/adoption-form", HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() {
        }).getBody();
    assertThat((String) form.get("adoptionSummary")).doesNotContain("<img")
        .contains("&lt;img src=x onerror=alert\\(3\\)&gt;");

    // and the landing page shows no script of anybody's
    String landing = rest.getForObject("/", String.class);
    assertThat(landing).doesNotContain(SCRIPT);
  }

  @Test
  void overlongTitlesAndCommentsAreRefused() {
    ResponseEntity<String> title = rest.withBasicAuth("inf-economy", "demo").exchange(START, HttpMethod.POST,
        new HttpEntity<>(startBody("长".repeat(201))), String.class);
    assertThat(title.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(title.getBody()).contains("标题最多 200 字");

    String instanceId = start("正常标题");
    String task = jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, instanceId);
    ResponseEntity<String> comment = rest.withBasicAuth("head-economy", "demo").exchange("/engine-rest/task/" + task
        + "/complete", HttpMethod.POST, new HttpEntity<>(Map.of("variables", Map.of("approved", Map.of("value", false),
        "comment", Map.of("value", "改".repeat(2001))))), String.class);
    assertThat(comment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(comment.getBody()).contains("意见最多 2000 字");
    // the task is still there, undecided
    assertThat(jdbc.queryForObject("select count(*) from act_ru_task where id_ = ?", Long.class, task)).isEqualTo(1);
  }

  private String acceptedArticle() {
    String instanceId = start("待采用的稿件");
    String head = jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, instanceId);
    assertThat(post("head-economy", "/engine-rest/task/" + head + "/complete",
        Map.of("variables", Map.of("approved", Map.of("value", true))))).isEqualTo(HttpStatus.NO_CONTENT);
    String editorial = jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class,
        instanceId);
    assertThat(post("editor-liu", "/engine-rest/task/" + editorial + "/complete",
        Map.of("variables", Map.of("decision", Map.of("value", "ACCEPT"))))).isEqualTo(HttpStatus.NO_CONTENT);
    return instanceId;
  }

  private Map<String, Object> startBody(String title) {
    Map<String, Object> body = new HashMap<>(TestArticles.restStart("economy", "ORDINARY"));
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = new HashMap<>((Map<String, Object>) body.get("variables"));
    variables.put("title", Map.of("value", title));
    body.put("variables", variables);
    return body;
  }

  private String start(String title) {
    ResponseEntity<Map> started = rest.withBasicAuth("inf-economy", "demo").postForEntity(START, startBody(title),
        Map.class);
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("id");
  }

  private HttpStatus post(String user, String path, Object body) {
    return HttpStatus.valueOf(rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body),
        String.class).getStatusCode().value());
  }
}
