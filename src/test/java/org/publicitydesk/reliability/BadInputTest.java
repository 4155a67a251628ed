package org.publicitydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Input that used to end in a 500 or in English gets a clear 4xx with a Chinese message, and stores nothing: a file
 * without a name, a task or process instance that does not exist, a year far outside any sensible range, start
 * variables of the wrong type, and Spring's own conversion errors on {@code /api}.
 */
@PublicityDeskTest
class BadInputTest {

  private static final String MISSING = "00000000-0000-0000-0000-000000000000";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aFileVariableWithoutAFilenameIsRefusedAndStartsNothing() {
    long[] before = counts();
    for (Map<String, Object> valueInfo : List.<Map<String, Object>>of(Map.of(), Map.of("mimeType", TestArticles.DOCX))) {
      Map<String, Object> variables = new LinkedHashMap<>(startVariables());
      variables.put("document", Map.of("type", "File", "value", "UEsDBA==", "valueInfo", valueInfo));
      ResponseEntity<String> answer = send("inf-economy", HttpMethod.POST,
          "/engine-rest/process-definition/key/ArticleReview/start", Map.of("variables", variables));
      assertChinese(answer, 400, "文件变量缺少文件名");
    }
    assertThat(counts()).as("documents, articles, instances").containsExactly(before);
  }

  @Test
  void variablesOfATaskThatDoesNotExistAre404() {
    String task = "/engine-rest/task/" + MISSING;
    assertChinese(send("inf-economy", HttpMethod.GET, task + "/variables", null), 404, "找不到该任务");
    assertChinese(send("inf-economy", HttpMethod.GET, task + "/variables/title", null), 404, "找不到该任务");
    assertChinese(send("inf-economy", HttpMethod.GET, task + "/localVariables", null), 404, "找不到该任务");
    // writing variables is the administrator's alone (issue 14): others are refused before any look-up
    assertChinese(send("inf-economy", HttpMethod.POST, task + "/variables",
        Map.of("modifications", Map.of("title", Map.of("value", "x")))), 403, "您的角色不能通过引擎接口执行此操作");
    assertChinese(send("admin", HttpMethod.POST, task + "/variables",
        Map.of("modifications", Map.of("title", Map.of("value", "x")))), 404, "找不到该任务");
    assertChinese(send("admin", HttpMethod.PUT, task + "/variables/title", Map.of("value", "x")), 404,
        "找不到该任务");
  }

  @Test
  void formsOfATaskThatDoesNotExistAre404() {
    String task = "/engine-rest/task/" + MISSING;
    for (String form : List.of("/rendered-form", "/deployed-form", "/form-variables")) {
      assertChinese(send("admin", HttpMethod.GET, task + form, null), 404, "找不到该任务");
    }
  }

  @Test
  void variablesOfAProcessInstanceThatDoesNotExistAre404() {
    String instance = "/engine-rest/process-instance/" + MISSING;
    assertChinese(send("admin", HttpMethod.GET, instance + "/variables", null), 404, "找不到该流程实例");
    assertChinese(send("admin", HttpMethod.GET, instance + "/variables/title", null), 404, "找不到该流程实例");
    assertChinese(send("admin", HttpMethod.POST, instance + "/variables",
        Map.of("modifications", Map.of("title", Map.of("value", "x")))), 404, "找不到该流程实例");
    assertChinese(send("admin", HttpMethod.PUT, instance + "/variables/title", Map.of("value", "x")), 404,
        "找不到该流程实例");
  }

  @Test
  void aYearOutsideTwoThousandToTwentyOneHundredIsRefusedAndSettlesNothing() {
    long[] before = {count("pd_settled_period"), count("pd_ledger_entry"), count("act_hi_procinst")};
    for (String year : List.of("2147483647", "-2147483648", "1000000000", "-1000000000", "1999", "2101")) {
      assertChinese(send("admin", HttpMethod.GET, "/api/quota/weeks?unitCode=economy&quarter=1&year=" + year, null),
          400, "年份 year 应在 2000—2100 之间");
      assertChinese(send("admin", HttpMethod.POST, "/api/settlements?quarter=1&year=" + year, null), 400,
          "年份 year 应在 2000—2100 之间");
      assertChinese(send("admin", HttpMethod.POST, "/api/settlements?year=" + year, null), 400,
          "年份 year 应在 2000—2100 之间");
      assertChinese(send("admin", HttpMethod.POST, "/api/settlements?month=1&kind=OPINION&year=" + year, null), 400,
          "年份 year 应在 2000—2100 之间");
    }
    assertThat(new long[] {count("pd_settled_period"), count("pd_ledger_entry"), count("act_hi_procinst")})
        .as("settled periods, ledger lines, instances").containsExactly(before);
  }

  @Test
  void anOpinionReportWithATitleOrUnitThatIsNoTextIsRefusedAndStoresNothing() {
    long reports = count("pd_opinion_report");
    long instances = count("act_hi_procinst");
    for (Map<String, Object> variables : List.<Map<String, Object>>of(
        Map.of("title", Map.of("value", 5), "unitCode", Map.of("value", "dongfeng"), "content", Map.of("value", "内容")),
        Map.of("title", Map.of("value", "标题"), "unitCode", Map.of("value", 7), "content", Map.of("value", "内容")),
        Map.of("title", Map.of("value", "标题"), "unitCode", Map.of("value", true), "content", Map.of("value", "内容")),
        Map.of("title", Map.of("value", "标题"), "unitCode", Map.of("value", "dongfeng"),
            "content", Map.of("value", "[1]", "type", "Json")))) {
      ResponseEntity<String> answer = send("inf-dongfeng", HttpMethod.POST,
          "/engine-rest/process-definition/key/PublicOpinionReport/start", Map.of("variables", variables));
      assertChinese(answer, 400, "应为文字");
    }
    assertThat(count("pd_opinion_report")).isEqualTo(reports);
    assertThat(count("act_hi_procinst")).isEqualTo(instances);
  }

  @Test
  void springsConversionErrorsOnTheApiAreChinese() {
    assertChinese(send("admin", HttpMethod.GET, "/api/scores?year=abc", null), 400, "参数 year 的值“abc”无效,应为整数");
    assertChinese(send("admin", HttpMethod.GET, "/api/scores", null), 400, "缺少参数 year");
    assertChinese(send("admin", HttpMethod.POST, "/api/settlements?year=2026&quarter=first", null), 400,
        "参数 quarter 的值“first”无效");
    long outlets = count("pd_media_outlet");
    assertChinese(send("editor-liu", HttpMethod.POST, "/api/media", "{\"name\": \"人民日报\", "), 400,
        "请求内容不是有效的 JSON");
    assertChinese(send("editor-liu", HttpMethod.POST, "/api/media",
        Map.of("name", "某某日报", "level", "GALAXY", "kind", "PAPER")), 400,
        "字段 level 的值“GALAXY”无效,可选:NATIONAL");
    assertChinese(send("editor-liu", HttpMethod.POST, "/api/media",
        Map.of("name", List.of("某某日报"), "level", "CITY", "kind", "PAPER")), 400, "字段 name 的类型不对");
    assertThat(count("pd_media_outlet")).as("no outlet added").isEqualTo(outlets);
    HttpHeaders text = new HttpHeaders();
    text.setContentType(MediaType.TEXT_PLAIN);
    ResponseEntity<String> plain = rest.withBasicAuth("editor-liu", "demo").exchange("/api/media", HttpMethod.POST,
        new HttpEntity<>("人民日报", text), String.class);
    assertChinese(plain, 415, "不支持的内容类型");
  }

  private static Map<String, Object> startVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("title", Map.of("value", "经济发展办公室工作信息"));
    variables.put("unitCode", Map.of("value", "economy"));
    variables.put("category", Map.of("value", "OTHER"));
    variables.put("itemClass", Map.of("value", "ORDINARY"));
    return variables;
  }

  private static void assertChinese(ResponseEntity<String> answer, int status, String text) {
    String body = String.valueOf(answer.getBody());
    assertThat(answer.getStatusCode().value()).as(body).isEqualTo(status);
    assertThat(body).contains(text).doesNotContain("Exception:").doesNotContain("at org.");
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private long[] counts() {
    return new long[] {count("pd_document"), count("pd_article"), count("act_hi_procinst")};
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
