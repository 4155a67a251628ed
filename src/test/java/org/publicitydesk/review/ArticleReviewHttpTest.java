package org.publicitydesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 * The article path through {@code /engine-rest} and {@code /api} over HTTP, as the sample users, with a real .docx:
 * the happy path, the refusals, documents and withdrawal.
 */
@PublicityDeskTest
class ArticleReviewHttpTest {

  private static final String START = "/engine-rest/process-definition/key/ArticleReview/start";

  @Autowired
  ManagementService management;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  HistoryService history;
  @Autowired
  ProcessEngine engine;

  @Test
  void anOrdinaryArticleTravelsFromInformantToEditorialOffice() {
    // given inf-economy submits a real .docx
    String instanceId = start("inf-economy", "economy", "ORDINARY");
    // then head-economy sees and completes it, head-urban does not see it and cannot complete it
    String taskId = onlyTask("head-economy", instanceId, "Task_ReviewByUnitHead");
    assertThat(tasks("head-urban", instanceId)).isEmpty();
    assertThat(post("head-urban", "/engine-rest/task/" + taskId + "/complete", approval(true, null)).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(post("head-economy", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "head-economy"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post("head-economy", "/engine-rest/task/" + taskId + "/complete", approval(true, null)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    // and the editorial office accepts it
    String editorial = onlyTask("editor-liu", instanceId, "Task_EditorialReview");
    ResponseEntity<String> accepted = post("editor-liu", "/engine-rest/task/" + editorial + "/complete",
        Map.of("variables", Map.of("decision", Map.of("value", "ACCEPT"), "comment", Map.of("value", "采用"))));
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String record = onlyTask("editor-liu", instanceId, "Task_RecordAdoption");
    // one provincial brief on another page's headline, then tracking ends: 40 + 15 = 55 points (R4)
    // published today, as a Date the way the Tasklist form sends it (noon in the business time zone)
    LocalDate today = LocalDate.now(SHANGHAI);
    assertThat(post("editor-liu", "/engine-rest/task/" + record + "/complete", adoption(today, true)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    // scoring is a job of its own (asyncBefore): what the job executor does after the commit
    TestJobs.run(management, instanceId);
    Map<?, ?> done = rest.withBasicAuth("inf-economy", "demo")
        .getForObject("/engine-rest/history/process-instance/" + instanceId, Map.class);
    assertThat(done.get("state")).isEqualTo("COMPLETED");
    assertThat(rest.withBasicAuth("inf-economy", "demo").getForObject("/engine-rest/history/activity-instance/count"
        + "?processInstanceId=" + instanceId + "&activityId=EndEvent_ArticleScored", Map.class))
        .containsEntry("count", 1);
    List<Map<String, Object>> ledger = rest.withBasicAuth("inf-economy", "demo").exchange(
        "/api/ledger?unitCode=economy&year=" + today.getYear(), HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
    assertThat(ledger).filteredOn(e -> e.get("sourceId").equals(String.valueOf(articleId(instanceId))))
        .singleElement().satisfies(e -> {
          assertThat(e).containsEntry("ruleId", "R4").containsEntry("points", 55).containsEntry("occurredOn", today.toString())
              .containsEntry("informant", "inf-economy");
          assertThat((String) e.get("note")).contains("被大众日报采用,省级简讯40分+其他版面头条15分");
        });
    // the editorial office attaches a screenshot as proof; reviewers of the unit can open it, other units cannot
    List<Map<String, Object>> adoptions = rest.withBasicAuth("head-economy", "demo").exchange(
        "/api/articles/" + number(instanceId) + "/adoptions", HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
    Object adoptionId = adoptions.get(0).get("id");
    ResponseEntity<Map> proof = rest.withBasicAuth("editor-liu", "demo").postForEntity(
        "/api/adoptions/" + adoptionId + "/evidence", multipart("截图.png", png()), Map.class);
    assertThat(proof.getStatusCode()).isEqualTo(HttpStatus.OK);
    String evidence = (String) proof.getBody().get("evidenceDocumentId");
    assertThat(rest.withBasicAuth("head-economy", "demo").getForEntity("/api/documents/" + evidence, byte[].class)
        .getHeaders().getContentType().toString()).isEqualTo("image/png");
    assertThat(rest.withBasicAuth("inf-urban", "demo").getForEntity("/api/documents/" + evidence, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> notProof = rest.withBasicAuth("editor-liu", "demo").postForEntity(
        "/api/adoptions/" + adoptionId + "/evidence", multipart("说明.txt", "文字".getBytes()), String.class);
    assertThat(notProof.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notProof.getBody()).contains("证明材料应为 JPEG/PNG 截图或 PDF 文件");
  }

  @Test
  void aPublicationDateBeforeTheSubmissionOrAfterTodayIsRefusedAndBooksNothing() {
    // given an accepted article submitted today, waiting for its adoptions
    String instanceId = start("inf-economy", "economy", "ORDINARY");
    assertThat(post("head-economy", "/engine-rest/task/" + onlyTask("head-economy", instanceId, "Task_ReviewByUnitHead")
        + "/complete", approval(true, null)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post("editor-liu", "/engine-rest/task/" + onlyTask("editor-liu", instanceId, "Task_EditorialReview")
        + "/complete", Map.of("variables", Map.of("decision", Map.of("value", "ACCEPT")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String record = onlyTask("editor-liu", instanceId, "Task_RecordAdoption");
    LocalDate today = LocalDate.now(SHANGHAI);

    // when the date is the day before the submission, tomorrow, or typed the American way
    ResponseEntity<String> before = post("editor-liu", "/engine-rest/task/" + record + "/complete",
        adoption(today.minusDays(1), true));
    ResponseEntity<String> tomorrow = post("editor-liu", "/engine-rest/task/" + record + "/complete",
        adoption(today.plusDays(1), true));
    ResponseEntity<String> american = post("editor-liu", "/engine-rest/task/" + record + "/complete", Map.of("variables",
        Map.of("mediaName", Map.of("value", "大众日报"), "length", Map.of("value", "BRIEF"),
            "publishedOn", Map.of("value", "11/29/2026"), "trackingDone", Map.of("value", true))));

    // then each is refused with a Chinese message, the task waits, and no adoption and no points were booked
    assertThat(before.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(before.getBody()).contains("刊播日期", chinese(today.minusDays(1)) + "早于稿件报送日期(" + chinese(today) + ")");
    assertThat(tomorrow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tomorrow.getBody()).contains(chinese(today.plusDays(1)) + "晚于今天(" + chinese(today) + ")");
    assertThat(american.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(american.getBody()).contains("“11/29/2026”不是日期,格式应为 YYYY-MM-DD");
    assertThat(onlyTask("editor-liu", instanceId, "Task_RecordAdoption")).isEqualTo(record);
    long article = articleId(instanceId);
    assertThat(jdbc.queryForObject("select count(*) from pd_adoption where article_id = ?", Integer.class, article)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from pd_ledger_entry where source_type = 'ARTICLE' and source_id = ?",
        Integer.class, String.valueOf(article))).isZero();
  }

  private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

  private static String chinese(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  /** A provincial brief on another page's headline (55 points), published on {@code day}: a Date, as the form sends it. */
  private static Map<String, Object> adoption(LocalDate day, boolean trackingDone) {
    return Map.of("variables", Map.of("mediaName", Map.of("value", "大众日报"), "length", Map.of("value", "BRIEF"),
        "placement", Map.of("value", "OTHER_PAGE_HEADLINE"),
        "publishedOn", Map.of("value", day + "T12:00:00.000+0800", "type", "Date"),
        "trackingDone", Map.of("value", trackingDone)));
  }

  @Test
  void aReturnWithoutCommentIsRefusedWithAMessage() {
    String instanceId = start("inf-economy", "economy", "ORDINARY");
    String taskId = onlyTask("head-economy", instanceId, "Task_ReviewByUnitHead");
    ResponseEntity<String> refused = post("head-economy", "/engine-rest/task/" + taskId + "/complete", approval(false, ""));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("退回稿件时必须填写修改意见");
    assertThat(onlyTask("head-economy", instanceId, "Task_ReviewByUnitHead")).isEqualTo(taskId);
  }

  @Test
  void aPdfOrABrokenDocumentIsRefusedAndLeavesNothingBehind() {
    int[] before = counts();
    ResponseEntity<String> pdf = post("inf-economy", START,
        TestArticles.restStart("economy", "ORDINARY", "稿件.pdf", "application/pdf", "%PDF-1.4 ...".getBytes()));
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pdf.getBody()).contains("稿件必须是 Word 文档 (.docx)");
    byte[] docx = TestArticles.sampleDocx();
    ResponseEntity<String> broken = post("inf-economy", START, TestArticles.restStart("economy", "ORDINARY", "稿件.docx",
        TestArticles.DOCX, Arrays.copyOf(docx, docx.length / 3)));
    assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(broken.getBody()).contains("无法读取稿件");
    assertThat(counts()).containsExactly(before);
  }

  @Test
  void theDocumentIsDownloadableByTheReviewersOnlyAndNeverKeptInTheProcessHistory() {
    String instanceId = start("inf-economy", "economy", "ORDINARY");
    String documentId = jdbc.queryForObject("select document_id from pd_article where process_instance_id = ?",
        String.class, instanceId);
    ResponseEntity<byte[]> file = rest.withBasicAuth("head-economy", "demo")
        .getForEntity("/api/documents/" + documentId, byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getHeaders().getContentType().toString()).isEqualTo(TestArticles.DOCX);
    assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("工作信息.docx");
    assertThat(java.util.HexFormat.of().formatHex(sha256(file.getBody()))).isEqualTo(jdbc.queryForObject(
        "select sha256 from pd_document where id = ?", String.class, documentId));
    assertThat(rest.withBasicAuth("head-urban", "demo").getForEntity("/api/documents/" + documentId, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/documents/" + documentId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // the upload passed through the process as a File variable, but left no trace in runtime or history
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName("document")
        .count()).isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates().list())
        .noneMatch(d -> "document".equals(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()));
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistory())
        .isEqualTo("full-without-files");
    // the form view is read from /api when the form opens: neither the process nor its history keeps a copy (issue 17);
    // the card variables are there
    assertThat(engine.getRuntimeService().getVariables(instanceId)).doesNotContainKeys("articleSummary", "articleText",
        "reviewHistory", "nearCopyPending").containsKeys("articleNumber", "titleGist", "unitName", "informantName");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableNameIn("articleSummary", "articleText", "reviewHistory", "nearCopyPending").count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName("articleNumber")
        .count()).isOne();
  }

  @Test
  void theReviewFormReadsTheArticleFromTheApiAsTheTasksReadersOnly() {
    String instanceId = start("inf-economy", "economy", "ORDINARY");
    String taskId = onlyTask("head-economy", instanceId, "Task_ReviewByUnitHead");
    String number = jdbc.queryForObject("select number from pd_article where process_instance_id = ?", String.class,
        instanceId);
    // the unit's head, whose task it is, sees the article's facts, its text and its (empty) review record
    ResponseEntity<Map<String, Object>> view = rest.withBasicAuth("head-economy", "demo").exchange(
        "/api/tasks/" + taskId + "/view", HttpMethod.GET, null, new ParameterizedTypeReference<>() {
        });
    assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(view.getBody()).containsEntry("articleNumber", number).containsEntry("nearCopyPending", false);
    assertThat((String) view.getBody().get("articleSummary")).contains("**稿件编号** " + number).contains("信息员");
    assertThat((String) view.getBody().get("articleText")).isNotBlank();
    // another unit's head may not, nor may anybody unauthenticated; an unknown task is 404
    ResponseEntity<String> other = rest.withBasicAuth("head-urban", "demo")
        .getForEntity("/api/tasks/" + taskId + "/view", String.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(other.getBody()).contains("您无权查看任务").doesNotContain("工作信息");
    assertThat(rest.getForEntity("/api/tasks/" + taskId + "/view", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("head-economy", "demo").getForEntity("/api/tasks/no-such-task/view", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theInformantWithdrawsBeforeApprovalButNotAfter() {
    String first = start("inf-economy", "economy", "ORDINARY");
    String number = number(first);
    assertThat(post("inf-economy-2", "/api/articles/" + number + "/withdraw", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> withdrawn = rest.withBasicAuth("inf-economy", "demo")
        .postForEntity("/api/articles/" + number + "/withdraw", null, Map.class);
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withdrawn.getBody()).containsEntry("status", "WITHDRAWN");

    String second = start("inf-economy", "economy", "MAJOR");
    String taskId = onlyTask("head-economy", second, "Task_ReviewByUnitHead");
    post("head-economy", "/engine-rest/task/" + taskId + "/complete", approval(true, null));
    ResponseEntity<String> late = post("inf-economy", "/api/articles/" + number(second) + "/withdraw", null);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).contains("不能撤回");
  }

  @Test
  void anInformantSeesItsArticlesAndItsUnits() {
    start("inf-heping", "heping", "ORDINARY");
    List<Map<String, Object>> mine = rest.withBasicAuth("inf-heping", "demo").exchange("/api/articles/mine",
        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
    assertThat(mine).isNotEmpty().allSatisfy(a -> assertThat(a).containsEntry("informant", "inf-heping"));
    Map<?, ?> me = rest.withBasicAuth("inf-heping", "demo").getForObject("/api/me", Map.class);
    assertThat((List<Map<String, Object>>) me.get("informantOf")).singleElement()
        .satisfies(u -> assertThat(u).containsEntry("code", "heping").containsEntry("name", "和平社区"));
  }

  @Test
  void theStartFormFindsTheArticleItSubmittedByItsKeyAndNobodyElseDoes() {
    // given two articles of inf-heping, the first one submitted with the start form's key
    Map<String, Object> keyed = new java.util.LinkedHashMap<>(TestArticles.restStart("heping", "ORDINARY"));
    Map<String, Object> variables = new java.util.LinkedHashMap<>((Map<String, Object>) keyed.get("variables"));
    variables.put("submissionKey", Map.of("value", "startform-key-0001"));
    keyed.put("variables", variables);
    ResponseEntity<Map> started = rest.withBasicAuth("inf-heping", "demo").postForEntity(START, keyed, Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String first = number((String) started.getBody().get("id"));
    start("inf-heping", "heping", "ORDINARY");

    // when the form asks for its key, then it gets exactly that article (not the newest); another person gets nothing
    assertThat(mine("inf-heping", "startform-key-0001")).extracting(a -> a.get("number")).containsExactly(first);
    assertThat(mine("inf-dongfeng", "startform-key-0001")).isEmpty();
    assertThat(mine("inf-heping", "startform-key-unknown")).isEmpty();
  }

  private List<Map<String, Object>> mine(String user, String key) {
    return rest.withBasicAuth(user, "demo").exchange("/api/articles/mine?submissionKey=" + key, HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
  }

  private static HttpEntity<org.springframework.util.MultiValueMap<String, Object>> multipart(String name, byte[] bytes) {
    org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
    body.add("file", new org.springframework.core.io.ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }

  private static byte[] png() {
    try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB),
          "png", out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private int[] counts() {
    return new int[] {
        jdbc.queryForObject("select count(*) from act_ru_execution", Integer.class),
        jdbc.queryForObject("select count(*) from pd_article", Integer.class),
        jdbc.queryForObject("select count(*) from pd_document", Integer.class),
        jdbc.queryForObject("select count(*) from pd_document_content", Integer.class)};
  }

  private String start(String user, String unit, String itemClass) {
    ResponseEntity<Map> started = rest.withBasicAuth(user, "demo").postForEntity(START,
        TestArticles.restStart(unit, itemClass), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("id");
  }

  private long articleId(String instanceId) {
    return jdbc.queryForObject("select id from pd_article where process_instance_id = ?", Long.class, instanceId);
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

  private List<Map<String, Object>> tasks(String user, String instanceId) {
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task?processInstanceId=" + instanceId,
        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
  }

  private String onlyTask(String user, String instanceId, String taskKey) {
    List<Map<String, Object>> tasks = tasks(user, instanceId);
    assertThat(tasks).singleElement().satisfies(t -> assertThat(t).containsEntry("taskDefinitionKey", taskKey));
    return (String) tasks.get(0).get("id");
  }
}
