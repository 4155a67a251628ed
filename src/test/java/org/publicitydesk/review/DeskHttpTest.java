package org.publicitydesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.RecordingMailSender;
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
 * The daily desk (issue 15) over HTTP: 已办 ({@code GET /api/me/done}), the notices a return, a new review task and an
 * acceptance send, an approval with an opinion, and a title revised on resubmission.
 */
@PublicityDeskTest
class DeskHttpTest {

  private static final String START = "/engine-rest/process-definition/key/ArticleReview/start";

  @Autowired
  ManagementService management;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RecordingMailSender mail;

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

  @Test
  void anAdoptionAndItsPointsReachTheUnitAndTheEditorsDoneListHasTheRegistration() {
    // given an accepted article of the economy office
    String instanceId = start();
    String number = number(instanceId);
    complete("head-economy", onlyTask("head-economy", instanceId, "Task_ReviewByUnitHead"),
        Map.of("approved", Map.of("value", true)));
    complete("editor-liu", onlyTask("editor-liu", instanceId, "Task_EditorialReview"),
        Map.of("decision", Map.of("value", "ACCEPT")));
    String record = onlyTask("editor-liu", instanceId, "Task_RecordAdoption");
    int mailsBefore = mail.sent.size();

    // when the editorial office records a provincial brief with an other-page headline and ends tracking (55 points)
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    complete("editor-liu", record, Map.of("mediaName", Map.of("value", "大众日报"), "length", Map.of("value", "BRIEF"),
        "placement", Map.of("value", "OTHER_PAGE_HEADLINE"),
        "publishedOn", Map.of("value", today + "T12:00:00.000+0800", "type", "Date"),
        "trackingDone", Map.of("value", true)));
    TestJobs.run(management, instanceId);

    // then the informant and both heads of the unit have the adoption and the points in their inbox
    for (String person : List.of("inf-economy", "head-economy", "head-economy-2")) {
      assertThat(inbox(person)).as(person).anySatisfy(n -> {
        assertThat(n).containsEntry("kind", "ADOPTION");
        assertThat((String) n.get("subject")).contains("【媒体采用】", "大众日报");
        assertThat((String) n.get("body")).contains(number, "省级简讯40分+其他版面头条15分",
            "刊播日期 " + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
      }).anySatisfy(n -> {
        assertThat(n).containsEntry("kind", "POINTS").containsEntry("subject", "【积分】经济发展办公室+55 分");
        assertThat((String) n.get("body")).contains("+55 分(R4)稿件 " + number + ":");
      });
    }
    // the second informant of the unit is told of neither (the lines name inf-economy), another unit of nothing
    assertThat(inbox("inf-economy-2")).noneSatisfy(n -> assertThat(n.get("kind")).isIn("ADOPTION", "POINTS"));
    assertThat(inbox("head-urban")).noneSatisfy(n -> assertThat((String) n.get("body")).contains(number));
    // and the head, who has an e-mail address, got both by e-mail
    assertThat(mail.sent.subList(mailsBefore, mail.sent.size())).filteredOn(m -> m.getTo()[0].equals(
        "head-economy@example.org")).extracting(m -> m.getSubject())
        .anySatisfy(subject -> assertThat(subject).startsWith("【媒体采用】"))
        .contains("【积分】经济发展办公室+55 分");

    // and the editor's 已办 has the registration before its acceptance (newest first), with the outlet and where the
    // article is now
    List<Map<String, Object>> done = list("editor-liu", "/api/me/done");
    int registration = indexOf(done, record);
    assertThat(done.get(registration)).containsEntry("taskName", "登记媒体采用").containsEntry("articleNumber", number)
        .containsEntry("decision", "RECORDED").containsEntry("currentStep", "已采用")
        .containsEntry("decisionLabel", "大众日报 省级简讯 · 其他版面头条 · " + today.getYear() + "年"
            + today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
    assertThat(done.subList(registration, done.size())).anySatisfy(d -> assertThat(d)
        .containsEntry("taskName", "政工科审核").containsEntry("articleNumber", number)
        .containsEntry("decisionLabel", "采用"));
    assertThat(list("head-economy", "/api/me/done")).noneSatisfy(d -> assertThat(d).containsEntry("taskName", "登记媒体采用"));
  }

  @Test
  void theOpinionCheckAndTheBulletinAdoptionAreInTheEditorsDoneListAndTheBulletinPointsReachTheCommunity() {
    // given a public-opinion report of 东风社区
    ResponseEntity<Map> started = rest.withBasicAuth("inf-dongfeng", "demo").postForEntity(
        "/engine-rest/process-definition/key/PublicOpinionReport/start", Map.of("variables", Map.of(
            "title", Map.of("value", "居民反映小区停车难"), "content", Map.of("value", "多名居民反映夜间停车位不足。"),
            "unitCode", Map.of("value", "dongfeng"))), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = (String) started.getBody().get("id");
    String report = jdbc.queryForObject("select cast(id as varchar(20)) from pd_opinion_report"
        + " where process_instance_id = ?", String.class, instanceId);

    // when the editorial office accepts it
    String check = onlyTask("editor-liu", instanceId, "Task_CheckOpinionReport");
    complete("editor-liu", check, Map.of("decision", Map.of("value", "ACCEPT")));
    // then its 已办 has the check, with where the report is now
    List<Map<String, Object>> checked = list("editor-liu", "/api/me/done");
    assertThat(checked.get(indexOf(checked, check))).containsEntry("taskName", "政工科审核舆情信息").containsEntry("articleNumber", report)
        .containsEntry("title", "居民反映小区停车难").containsEntry("decision", "ACCEPT")
        .containsEntry("decisionLabel", "采用").containsEntry("currentStep", "已采用 · 待登记简报采用");

    // when it records the adoption in the city's bulletin
    String bulletin = onlyTask("editor-liu", instanceId, "Task_RecordBulletinAdoption");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    complete("editor-liu", bulletin, Map.of("adoptedInBulletin", Map.of("value", true),
        "bulletinIssue", Map.of("value", "第12期"), "bulletinDate", Map.of("value", today.toString())));
    TestJobs.run(management, instanceId);

    // then it is in its 已办 before the check (newest first), and the check now says where the report is
    List<Map<String, Object>> done = list("editor-liu", "/api/me/done");
    assertThat(indexOf(done, bulletin)).isLessThan(indexOf(done, check));
    assertThat(done.get(indexOf(done, bulletin))).containsEntry("taskName", "登记简报采用")
        .containsEntry("decision", "ADOPTED").containsEntry("currentStep", "已采用 · 简报采用")
        .containsEntry("decisionLabel", "简报采用(第12期) " + today.getYear() + "年" + today.getMonthValue() + "月"
            + today.getDayOfMonth() + "日");
    assertThat(done).anySatisfy(d -> assertThat(d).containsEntry("taskId", check).containsEntry("currentStep",
        "已采用 · 简报采用"));
    // and the community's informant and head hear of the 15 points of the bulletin (R9.3)
    for (String person : List.of("inf-dongfeng", "head-dongfeng")) {
      assertThat(inbox(person)).as(person).anySatisfy(n -> {
        assertThat(n).containsEntry("kind", "POINTS");
        assertThat((String) n.get("subject")).startsWith("【积分】东风社区+");
        assertThat((String) n.get("body")).contains("+15 分(R9.3)");
      });
    }
    assertThat(list("inf-dongfeng", "/api/me/done")).noneSatisfy(d -> assertThat(d).containsEntry("taskId", check));
  }

  /** The position of the task in a 已办 list. */
  private static int indexOf(List<Map<String, Object>> done, String taskId) {
    int i = done.stream().map(d -> d.get("taskId")).toList().indexOf(taskId);
    assertThat(i).as("task " + taskId + " in 已办").isNotNegative();
    return i;
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
