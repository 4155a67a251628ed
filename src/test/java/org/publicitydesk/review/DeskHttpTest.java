package org.publicitydesk.review;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily desk (issue 15) over HTTP: 已办 ({@code GET /api/me/done}), the notices a return, a new review task and an
 * acceptance send, an approval with an opinion, and a title revised on resubmission.
 */
@PublicityDeskTest
class DeskHttpTest {

  private static final String START = "/engine-rest/process-definition/key/ArticleReview/start";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void anApprovalWithAnOpinionIsInTheHeadsDoneListAndTheEditorialOfficeIsTold() {
    // given an article of the economy office
    String instanceId = start();
    String number = number(instanceId);
    String taskId = onlyTask("head-economy", instanceId, "Task_ReviewByUnitHead");
    assertThat(inbox("head-economy")).anySatisfy(n -> {
      assertThat(n).containsEntry("kind", "NEW_TASK").containsEntry("taskId", taskId);
      assertThat((String) n.get("subject")).contains("待审核");
    });

    // when the head approves it with an opinion
    complete("head-economy", taskId, Map.of("approved", Map.of("value", true),
        "comment", Map.of("value", "数据准确,同意报送")));

    // then it is the newest line of the head's 已办, with the opinion and where the article is now
    List<Map<String, Object>> done = list("head-economy", "/api/me/done");
    assertThat(done).isNotEmpty();
    assertThat(done.get(0)).containsEntry("taskId", taskId).containsEntry("taskName", "单位负责人审核")
        .containsEntry("articleNumber", number).containsEntry("decision", "APPROVED")
        .containsEntry("decisionLabel", "同意").containsEntry("comment", "数据准确,同意报送")
        .containsEntry("currentStep", "待政工科审核");
    assertThat(done.get(0).get("completedAt")).isNotNull();
    assertThat(list("head-urban", "/api/me/done")).noneSatisfy(d -> assertThat(d).containsEntry("articleNumber", number));
    // and the opinion is in the review record the informant sees
    Map<?, ?> article = rest.withBasicAuth("inf-economy", "demo").getForObject("/api/articles/" + number, Map.class);
    assertThat((List<Map<String, Object>>) article.get("steps")).anySatisfy(s -> assertThat(s)
        .containsEntry("decision", "APPROVED").containsEntry("comment", "数据准确,同意报送"));
    // and the editorial office has the new task in its inbox
    String editorial = onlyTask("editor-liu", instanceId, "Task_EditorialReview");
    assertThat(inbox("editor-liu")).anySatisfy(n -> assertThat(n).containsEntry("kind", "NEW_TASK")
        .containsEntry("taskId", editorial));

    // when the editorial office accepts it, the informant is told
    complete("editor-liu", editorial, Map.of("decision", Map.of("value", "ACCEPT")));
    assertThat(inbox("inf-economy")).anySatisfy(n -> {
      assertThat(n).containsEntry("kind", "ACCEPTED");
      assertThat((String) n.get("body")).contains(number).contains("已被政工科采用");
    });
    assertThat(list("head-economy", "/api/me/done").get(0)).containsEntry("currentStep", "已采用 · 待登记媒体采用");
  }

  @Test
  void aReturnReachesTheInformantWithTheCommentAndARevisedTitleIsRecorded() {
    // given an article the head returns
    String instanceId = start();
    String number = number(instanceId);
    String before = jdbc.queryForObject("select title from pd_article where number = ?", String.class, number);
    complete("head-economy", onlyTask("head-economy", instanceId, "Task_ReviewByUnitHead"),
        Map.of("approved", Map.of("value", false), "comment", Map.of("value", "请补充投资金额")));

    // then the informant's inbox has the return with the comment
    assertThat(inbox("inf-economy")).anySatisfy(n -> {
      assertThat(n).containsEntry("kind", "RETURNED");
      assertThat((String) n.get("body")).contains(number).contains("请补充投资金额").contains("单位负责人审核");
      assertThat(n.get("readAt")).isNull();
    });
    assertThat(inbox("inf-urban")).noneSatisfy(n -> assertThat((String) n.get("body")).contains(number));
    assertThat(list("head-economy", "/api/me/done").get(0)).containsEntry("decision", "RETURNED")
        .containsEntry("comment", "请补充投资金额").containsEntry("currentStep", "退回修改 · 待修改稿件");

    // when the informant resubmits with a new title
    String revise = onlyTask("inf-economy", instanceId, "Task_ReviseArticle");
    complete("inf-economy", revise, Map.of("content", Map.of("value", "修改后的正文,补充了投资金额 3 亿元。"),
        "title", Map.of("value", "经济发展办公室3月2日工作信息:项目签约 3 亿元"),
        "comment", Map.of("value", "已补充")));

    // then the article has the new title, the review record says so, and the process shows it too
    assertThat(jdbc.queryForObject("select title from pd_article where number = ?", String.class, number))
        .isEqualTo("经济发展办公室3月2日工作信息:项目签约 3 亿元");
    Map<?, ?> article = rest.withBasicAuth("head-economy", "demo").getForObject("/api/articles/" + number, Map.class);
    assertThat((List<Map<String, Object>>) article.get("steps")).anySatisfy(s -> {
      assertThat(s).containsEntry("decisionLabel", "修改标题");
      assertThat((String) s.get("comment")).contains(before).contains("项目签约 3 亿元");
    });
    Map<?, ?> title = rest.withBasicAuth("head-economy", "demo").getForObject(
        "/engine-rest/process-instance/" + instanceId + "/variables/title", Map.class);
    assertThat(title.get("value")).isEqualTo("经济发展办公室3月2日工作信息:项目签约 3 亿元");
    assertThat(list("inf-economy", "/api/me/done").get(0)).containsEntry("taskId", revise)
        .containsEntry("taskName", "修改稿件").containsEntry("decision", "RESUBMITTED");
  }

  @Test
  void aBlankTitleOnRevisionKeepsTheTitle() {
    String instanceId = start();
    String number = number(instanceId);
    String before = jdbc.queryForObject("select title from pd_article where number = ?", String.class, number);
    complete("head-economy", onlyTask("head-economy", instanceId, "Task_ReviewByUnitHead"),
        Map.of("approved", Map.of("value", false), "comment", Map.of("value", "改一下")));
    complete("inf-economy", onlyTask("inf-economy", instanceId, "Task_ReviseArticle"),
        Map.of("content", Map.of("value", "修改后的正文。"), "title", Map.of("value", "  ")));
    assertThat(jdbc.queryForObject("select title from pd_article where number = ?", String.class, number))
        .isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from pd_review_step s join pd_article a on a.id = s.article_id"
        + " where a.number = ? and s.decision = 'RETITLED'", Integer.class, number)).isZero();
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

  private void complete(String user, String taskId, Map<String, Object> variables) {
    ResponseEntity<String> r = rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/complete",
        HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables)), String.class);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private List<Map<String, Object>> inbox(String user) {
    return list(user, "/api/notifications");
  }

  private List<Map<String, Object>> list(String user, String path) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
  }

  private String onlyTask(String user, String instanceId, String taskKey) {
    List<Map<String, Object>> tasks = list(user, "/engine-rest/task?processInstanceId=" + instanceId);
    assertThat(tasks).singleElement().satisfies(t -> assertThat(t).containsEntry("taskDefinitionKey", taskKey));
    return (String) tasks.get(0).get("id");
  }
}
