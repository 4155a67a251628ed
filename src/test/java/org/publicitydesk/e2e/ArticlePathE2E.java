package org.publicitydesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.publicitydesk.review.ArticleReviewProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The article path in a real browser, each step as the right person signed in through the real login page: an
 * informant submits a Word document through the Chinese start form, the unit head claims and approves it, a head of
 * another unit never sees it, the editorial office accepts it and records a provincial brief with an other-page
 * headline, the informant sees the 55 points it gives, and Cockpit shows the finished instance and its history.
 * Screenshots: {@code target/e2e/article-NN-*.png}.
 */
@PublicityDeskTest
class ArticlePathE2E {

  /** Tuesday 3 March 2026, a working day (calendar/cn-public-holidays.json), in office hours. */
  static final LocalDateTime SUBMITTED = LocalDateTime.of(2026, 3, 3, 10, 0);
  static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 3);
  static final String TITLE = "经济发展办公室2026年3月3日工作信息(浏览器验收)";
  static final String OPINION = "数据已核实,同意报送";

  @LocalServerPort
  int port;
  @Autowired
  HistoryService history;
  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;
  @TempDir
  static Path files;

  @BeforeAll
  static void businessDay() {
    BusinessTime.set(SUBMITTED);
  }

  @AfterAll
  static void realTime() {
    BusinessTime.reset();
  }

  @Test
  void anArticleGoesFromTheStartFormToPointsAndCockpit() throws Exception {
    Path docx = Files.write(files.resolve("经济发展办公室工作信息.docx"), TestArticles.docx(
        "经济发展办公室2026年3月3日工作信息", "3月3日,经济发展办公室召开片区开发推进会,研究部署2026年重点项目建设。",
        "会议要求各社区、各部门加快项目前期手续办理,确保一季度开工项目按期落地。"));

    // the informant starts 宣传信息报送审核 in Tasklist and uploads a real .docx
    String submittedNotice;
    try (Browser informant = Browser.loggedIn(root(), "inf-economy")) {
      Tasklist tasklist = new Tasklist(informant);
      informant.shot("article-01-inf-economy-tasklist");
      tasklist.openStartForm("宣传信息报送审核");
      informant.awaitText(".modal label", "标题");
      tasklist.field("title", TITLE);
      tasklist.selectByValue("unitCode", "economy");
      tasklist.selectByValue("category", "AREA_DEVELOPMENT");
      tasklist.selectByValue("itemClass", "ORDINARY");
      tasklist.upload("document", docx);
      assertThat(informant.await(By.cssSelector(".modal")).getText())
          .contains("报送单位", "栏目", "稿件类别", "Word 稿件", "经济发展办公室");
      tasklist.assertNoEnglish("宣传信息报送 start form");
      informant.shot("article-02-start-form-filled");
      tasklist.submitStartForm();
      tasklist.awaitStarted();
      assertThat(informant.driver.findElements(By.cssSelector(".create-task-action")).stream()
          .noneMatch(WebElement::isDisplayed)).isTrue();
      // the article's number, with the way to 我的稿件 on the 工作台
      submittedNotice = informant.awaitText(".notifications", "稿件编号").getText();
      assertThat(informant.driver.findElement(By.cssSelector(".notifications a[href='/portal/']")).getText())
          .contains("我的稿件");
      assertThat(submittedNotice).doesNotContainPattern("[A-Za-z]{2,}");
      informant.shot("article-03-started");
    }
    HistoricProcessInstance instance = instanceTitled(TITLE);
    String number = instance.getBusinessKey();
    assertThat(number).startsWith("2026-");
    assertThat(submittedNotice).contains("稿件编号 " + number, TITLE);

    // the head of another unit sees nothing of it, whatever filter they choose
    try (Browser other = Browser.loggedIn(root(), "head-urban")) {
      Tasklist tasklist = new Tasklist(other);
      assertThat(tasklist.filters()).contains("待我审核").doesNotContain("全部待办");
      for (String filter : tasklist.filters()) {
        tasklist.filter(filter);
        assertThat(tasklist.listText()).as("head-urban, filter " + filter).doesNotContain(TITLE, number);
      }
      tasklist.filter("待我审核");
      other.shot("article-04-head-urban-sees-nothing");
    }

    // the unit head claims it with Tasklist's claim button and approves it
    try (Browser head = Browser.loggedIn(root(), "head-economy")) {
      Tasklist tasklist = new Tasklist(head);
      tasklist.filter("待我审核");
      tasklist.openTask("单位负责人审核", TITLE);
      assertThat(tasklist.claimOffered()).isTrue();
      assertThat(tasklist.formText("经济发展办公室召开片区开发推进会")).contains(TITLE, number, "经济发展办公室",
          "下载 Word 稿件:经济发展办公室工作信息.docx", "审核记录");
      head.shot("article-05-head-economy-review-form");
      tasklist.claimIfOffered();
      tasklist.assertNoEnglish("单位负责人审核");
      // a return needs a comment: the form says so in Chinese and sends nothing
      tasklist.radio("退回修改");
      assertThat(tasklist.completeRefused("comment")).isEqualTo("退回修改时请填写修改意见");
      tasklist.assertNoEnglish("单位负责人审核, refused");
      head.shot("article-05b-head-economy-return-needs-a-comment");
      head.shotAsPhone("article-05c-review-form-on-a-phone", "form.pd-form");
      // an approval may carry an opinion (issue 15): it goes into the review record
      tasklist.radio("同意");
      assertThat(tasklist.formText("审核意见")).doesNotContain("修改意见 *");
      // the return's message goes away once it no longer applies (issue 15: stale messages)
      assertThat(head.driver.findElement(By.id("commentError")).getText()).isEmpty();
      tasklist.type("comment", OPINION);
      tasklist.assertNoEnglish("单位负责人审核, approval with an opinion");
      head.shot("article-06-head-economy-approves-with-an-opinion");
      tasklist.complete();

      // 已办 on the head's page: the article, the step, the decision and opinion, and where it is now
      head.open("/portal/");
      WebElement done = head.awaitText("#done", TITLE);
      assertThat(done.getText()).contains(number, "单位负责人审核", "同意", OPINION, "待政工科审核");
      assertThat(head.awaitText("#notices", "待审核").getText()).contains("【待审核】《" + TITLE + "》");
      head.shot("article-06b-head-economy-portal-done");
    }

    // the editorial office accepts it, then records a provincial brief with an other-page headline
    try (Browser editor = Browser.loggedIn(root(), "editor-liu")) {
      Tasklist tasklist = new Tasklist(editor);
      tasklist.filter("编辑部待办");
      tasklist.openTask("政工科审核采用", TITLE);
      tasklist.claimIfOffered();
      assertThat(tasklist.formText("钱伟")).contains(TITLE, "同意", OPINION);
      tasklist.assertNoEnglish("政工科审核采用");
      tasklist.radio("采用");
      editor.shot("article-07-editor-liu-accepts");
      tasklist.complete();

      tasklist.filter("编辑部待办");
      tasklist.openTask("登记媒体采用", TITLE);
      tasklist.claimIfOffered();
      assertThat(tasklist.formText("尚未登记采用")).contains(TITLE);
      tasklist.select("mediaName", "大众日报");
      tasklist.radio("简讯");
      tasklist.radio("其他版面头条");
      tasklist.checkbox("trackingDone");
      // 3/3/2026 could be March or April: refused in Chinese, nothing sent
      tasklist.type("publishedOn", "3/3/2026");
      assertThat(tasklist.completeRefused("publishedOn")).contains("看不出是几月几日", "2026-03-03");
      tasklist.assertNoEnglish("登记媒体采用, ambiguous date");
      editor.shot("article-08a-editor-liu-ambiguous-date-refused");
      // typed as a person writes it, the form shows back the day it understood before anything is sent
      tasklist.type("publishedOn", "2026年3月3日");
      assertThat(editor.awaitText("#publishedOnShown", "2026年3月3日").getText()).isEqualTo("即 2026年3月3日");
      tasklist.assertNoEnglish("登记媒体采用");
      editor.shot("article-08-editor-liu-records-adoption");
      editor.shotAsPhone("article-08b-record-adoption-on-a-phone", "form.pd-form");
      tasklist.complete();
      editor.shot("article-09-editor-liu-done");
    }
    // scoring is a job of its own (asyncBefore, issue 17), which the job executor runs right after the commit
    long recorded = System.nanoTime();
    awaitFinished(instance.getId());
    System.out.printf("E2E: adoption recorded → article scored and its instance ended in %d ms%n",
        (System.nanoTime() - recorded) / 1_000_000);
    // the points are booked on exactly the day typed
    assertThat(jdbc.queryForList("select l.occurred_on from pd_ledger_entry l join pd_article a on l.source_id = "
        + "cast(a.id as varchar(20)) where a.number = ? and l.source_type = 'ARTICLE' and l.superseded_at is null",
        LocalDate.class, number)).containsExactly(PUBLISHED);

    informantSeesPoints("inf-economy", 55, "大众日报");
    cockpitShowsFinishedInstance(instance.getId(), number);
  }

  @Test
  void aPdfIsRefusedNextToTheFieldAndStartsNothing() throws Exception {
    Path pdf = Files.write(files.resolve("工作信息.pdf"),
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes());
    String title = "经济发展办公室2026年3月3日工作信息(PDF)";
    long instancesBefore = history.createHistoricProcessInstanceQuery().count();

    try (Browser informant = Browser.loggedIn(root(), "inf-economy-2")) {
      Tasklist tasklist = new Tasklist(informant);
      tasklist.openStartForm("宣传信息报送审核");
      tasklist.field("title", title);
      tasklist.selectByValue("unitCode", "economy");
      tasklist.selectByValue("category", "OTHER");
      tasklist.selectByValue("itemClass", "ORDINARY");
      tasklist.upload("document", pdf);
      tasklist.submitStartForm();
      String error = informant.awaitText("#documentError", "Word").getText();
      informant.shot("refusal-01-pdf-refused-next-to-the-field");
      assertThat(error).isEqualTo("稿件必须是 Word 文档 (.docx),您选择的是“工作信息.pdf”");
      // the dialog stays open with what was typed, and nothing was started
      assertThat(informant.await(By.id("title")).getAttribute("value")).isEqualTo(title);
      Browser.pause(1000);
      assertThat(informant.bodyText()).doesNotContain("流程已发起");
    }
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(history.createHistoricVariableInstanceQuery().variableValueEquals("title", title).count()).isZero();
  }

  /**
   * A return in Tasklist reaches the informant's inbox on its page (/portal/) with the comment, marked unread until
   * opened; the head's 已办 shows the return and where the article waits now.
   */
  @Test
  void aReturnReachesTheInformantsInbox(@Autowired org.springframework.boot.test.web.client.TestRestTemplate rest) {
    String title = "经济发展办公室2026年3月3日工作信息(退回验收)";
    java.util.Map<String, Object> body = TestArticles.restStart("economy", "ORDINARY");
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> variables = new java.util.LinkedHashMap<>(
        (java.util.Map<String, Object>) body.get("variables"));
    variables.put("title", java.util.Map.of("value", title));
    assertThat(rest.withBasicAuth("inf-economy-2", "demo").postForEntity(
        "/engine-rest/process-definition/key/ArticleReview/start", java.util.Map.of("variables", variables),
        String.class).getStatusCode().is2xxSuccessful()).isTrue();
    String comment = "请补充项目投资金额和开工时间";

    try (Browser head = Browser.loggedIn(root(), "head-economy")) {
      Tasklist tasklist = new Tasklist(head);
      tasklist.filter("待我审核");
      tasklist.openTask("单位负责人审核", title);
      tasklist.claimIfOffered();
      // Tasklist's 历史 names the person who claimed it (钱伟), not the login id (chinese.js)
      head.click(head.awaitText("section.task-details ul.nav-tabs li a", "历史"));
      head.awaitText("section.task-details .tab-content", name("head-economy"));
      assertThat(head.driver.findElement(By.cssSelector("section.task-details .tab-content")).getText())
          .doesNotContain("head-economy");
      head.shot("article-15-tasklist-history-by-name");
      head.click(head.awaitText("section.task-details ul.nav-tabs li a", "表单"));
      tasklist.radio("退回修改");
      tasklist.type("comment", comment);
      tasklist.assertNoEnglish("单位负责人审核, return");
      tasklist.complete();
      head.open("/portal/");
      assertThat(head.awaitText("#done", title).getText()).contains("退回修改", comment, "待修改稿件");
      head.shot("portal-head-economy-done-after-return");
    }

    try (Browser informant = Browser.loggedIn(root(), "inf-economy-2")) {
      informant.open("/portal/");
      WebElement inbox = informant.awaitText("#notices", "退回修改");
      assertThat(inbox.getText()).contains("【退回修改】《" + title + "》", "未读");
      assertThat(informant.await(By.id("unread")).getText()).matches("\\d+ 条未读通知");
      informant.click(inbox.findElements(By.cssSelector("details summary")).stream()
          .filter(e -> e.getText().contains(title)).findFirst().orElseThrow());
      assertThat(informant.awaitText("#notices", comment).getText()).contains(comment, "单位负责人审核");
      informant.shot("portal-inf-economy-2-return-notice");
      Browser.pause(500);
    }
    assertThat(jdbc.queryForObject("select count(*) from pd_notification where recipient = 'inf-economy-2' and kind ="
        + " 'RETURNED' and read_at is not null and body like ?", Integer.class, "%" + comment + "%")).isOne();
  }

  /**
   * Our own pages speak Chinese to a Chinese browser (issue 15): the landing page, the portal of every role (a
   * screenshot each, {@code target/e2e/portal-<role>.png}) and the calendar page show no English word outside the
   * short allowlist.
   */
  @Test
  void ourPagesSpeakChinese() {
    try (Browser anonymous = Browser.anonymous(root())) {
      anonymous.open("/");
      anonymous.awaitText("main", "工作台");
      anonymous.assertNoEnglish("landing page", null);
      anonymous.shot("pages-01-landing");
    }
    for (String user : java.util.List.of("inf-economy", "head-economy", "sup-wang", "principal-zhang", "editor-liu",
        "admin")) {
      try (Browser browser = Browser.loggedIn(root(), user)) {
        browser.open("/portal/");
        browser.awaitText("#content", "通知");
        browser.awaitText("#content", "已办");
        assertThat(browser.await(By.id("who")).getText()).doesNotContain(user);
        assertThat(browser.await(By.id("logout")).isDisplayed()).isTrue();
        browser.assertNoEnglish("portal, " + user, null);
        browser.shot("portal-" + user);
        if (user.equals("admin")) {
          browser.open("/admin/calendar.html");
          browser.awaitText("#source", "国务院");
          browser.assertNoEnglish("calendar page", null);
          browser.shot("pages-02-calendar");
        }
      }
    }
  }

  /** Waits (at most 30 s) for the instance to end, as it does once the job executor has run its scoring job. */
  void awaitFinished(String processInstanceId) throws InterruptedException {
    long until = System.currentTimeMillis() + 30_000;
    while (history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).finished().count() == 0
        && System.currentTimeMillis() < until) {
      Thread.sleep(50);
    }
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).finished().count())
        .as("the scoring job ran and the instance ended").isOne();
  }

  /** The informant's own page (/portal/, 工作台): the year's points and the ledger line behind them. */
  void informantSeesPoints(String informant, int points, String medium) {
    try (Browser browser = Browser.loggedIn(root(), informant)) {
      browser.open("/portal/");
      WebElement mine = browser.awaitText("section.card", "我的积分");
      browser.shot("article-10-informant-sees-points");
      assertThat(mine.getText()).contains("合计 " + points + " 分", PUBLISHED.toString(), "媒体采用", TITLE, medium,
          "省级简讯40分+其他版面头条15分");
    }
  }

  /**
   * Cockpit, as the editorial office: the process, the finished instance with its history (tab 已结束的实例, our
   * Cockpit plugin: Cockpit Community shows running instances only) and the routing decision taken for it.
   */
  void cockpitShowsFinishedInstance(String processInstanceId, String number) {
    try (Browser editor = Browser.loggedIn(root(), "editor-liu")) {
      editor.open("/camunda/app/cockpit/default/#/processes");
      editor.click(editor.awaitTextReloading("table a", "宣传信息报送审核"));
      editor.shot("article-11-cockpit-article-review");
      editor.click(editor.awaitText(".ctn-tabbed-content li a, ul.nav-tabs li a", "已结束的实例"));
      WebElement row = editor.awaitText("tr.pd-finished-row", number);
      assertThat(row.getText()).contains(TITLE, name("inf-economy"), "已完成");
      editor.click(row);
      WebElement instanceHistory = editor.awaitText(".pd-instance-history", "已计分");
      String history = instanceHistory.getText();
      editor.script("arguments[0].scrollIntoView({block: 'start'})", instanceHistory);
      editor.shot("article-12-cockpit-finished-instance-history");
      editor.assertNoEnglish("Cockpit tab 已结束的实例", ".pd-finished-instances");
      assertThat(history).contains(number, "信息员报送稿件", "登记稿件", "单位负责人审核", name("head-economy"), "人工任务",
          "政工科审核采用", name("editor-liu"), "登记媒体采用", "计分 (R4, R6)", "已计分");
      String decision = this.history.createHistoricDecisionInstanceQuery().processInstanceId(processInstanceId)
          .singleResult().getId();
      editor.open("/camunda/app/cockpit/default/#/decision-instance/" + decision);
      editor.awaitText("body", processInstanceId.substring(0, 8));
      assertThat(editor.bodyText()).contains("审核链 (R1)", "ORDINARY");
      // the DMN viewer's own words and the type column in Chinese (chinese.js; dmn-js cannot be given a translation)
      editor.awaitText(".hit-policy", "命中策略");
      editor.awaitText("table", "文本");
      assertThat(editor.bodyText()).contains("查看决策需求图", "命中策略", "唯一", "注释")
          .doesNotContain("View DRD", "Hit policy", "Annotations", "String");
      editor.shot("article-13-cockpit-routing-decision");
      editor.open("/camunda/app/cockpit/default/#/tasks");
      editor.awaitText("body", "人工任务");
      editor.shot("article-14-cockpit-user-tasks");
    }
  }

  /** A person's name as the organisation gives it (Cockpit shows people by name). */
  private String name(String userId) {
    return jdbc.queryForObject("select first_ from act_id_user where id_ = ?", String.class, userId);
  }

  private HistoricProcessInstance instanceTitled(String title) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(ArticleReviewProcess.KEY)
        .variableValueEquals(ArticleReviewProcess.TITLE, title).singleResult();
  }

  private String root() {
    return "http://localhost:" + port;
  }
}
