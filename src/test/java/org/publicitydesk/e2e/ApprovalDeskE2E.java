package org.publicitydesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.publicitydesk.TestReviews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The approval operations of issue 16 as people click them on the portal (/portal/, 待我审批 and 代理设置), each as the
 * right person signed in through the real login page: a head transfers a task to his colleague by name, approves
 * another and adds him as reviewer (加签), delegates a third and copies it on a phone, a leader
 * approves three articles at once with one opinion, the principal leader names a deputy for a few days and the next
 * article that needs him reaches the deputy, who decides "代" him; the informant reminds (催办) once a working day.
 * Every outcome is checked in the engine and the review record. Screenshots: {@code target/e2e/desk-*.png}, each role's
 * portal at 1366×900 and on a 390 px phone ({@code desk-portal-<user>[-phone].png}).
 */
@PublicityDeskTest
class ApprovalDeskE2E {

  static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aHeadTransfersATaskToHisColleagueByName() {
    String instance = start("ORDINARY", "经济发展办公室工作信息:转办验收");
    String number = number(instance);
    String task = openTask(instance);

    try (Browser head = Browser.loggedIn(root(), "head-economy")) {
      WebElement item = portalTask(head, number);
      assertThat(item.getText()).contains("经济发展办公室工作信息:转办验收", "单位负责人审核", "待认领", "一般性稿件");
      head.click(button(item, "转办"));
      WebElement panel = head.await(By.cssSelector("li[data-number='" + number + "'] .op-panel[data-op=transfer] select"));
      new Select(panel).selectByVisibleText("陆明远");
      head.driver.findElement(By.cssSelector("li[data-number='" + number + "'] .op-panel textarea"))
          .sendKeys("本人外出开会,请陆主任审核");
      head.assertNoEnglish("portal 转办", "#approvals");
      head.shot("desk-01-head-economy-transfers-by-name");
      head.click(button(head.await(By.cssSelector("li[data-number='" + number + "'] .op-panel")), "确定转办"));
      head.awaitText("#approvals-notice", "已转办给 陆明远");
      head.shot("desk-02-head-economy-transferred");
    }
    assertThat(assignee(task)).isEqualTo("head-economy-2");
    assertThat(record(instance, "TRANSFER")).isEqualTo("head-economy|TRANSFERRED|转办给 陆明远:本人外出开会,请陆主任审核");

    // the colleague now holds it, on his phone as well
    try (Browser colleague = Browser.loggedIn(root(), "head-economy-2")) {
      assertThat(portalTask(colleague, number).getText()).contains("由我办理");
      asPhone(colleague, () -> colleague.shot("desk-03-head-economy-2-holds-it-on-a-phone"));
    }
  }

  /** 加签: the head approves and adds his colleague, who reviews before the editorial office. */
  @Test
  void aHeadApprovesAndAddsAReviewerByName() {
    String instance = start("ORDINARY", "经济发展办公室工作信息:加签验收");
    String number = number(instance);
    try (Browser head = Browser.loggedIn(root(), "head-economy")) {
      head.click(button(portalTask(head, number), "加签"));
      WebElement select = head.await(By.cssSelector("li[data-number='" + number + "'] .op-panel[data-op=addReviewer] select"));
      assertThat(select.getText()).contains("陆明远", "王海涛").doesNotContain("卫佳琪", "钱伟");
      new Select(select).selectByVisibleText("陆明远");
      head.driver.findElement(By.cssSelector("li[data-number='" + number + "'] .op-panel textarea")).sendKeys("同意,请陆主任再核数据");
      head.assertNoEnglish("portal 加签", "#approvals");
      head.shot("desk-13-head-economy-adds-a-reviewer");
      head.click(button(head.await(By.cssSelector("li[data-number='" + number + "'] .op-panel")), "确定加签"));
      head.awaitText("#approvals-notice", "已同意并加签 陆明远 审核");
    }
    String added = openTask(instance);
    assertThat(openTaskKey(instance)).isEqualTo("Task_AddedReview");
    assertThat(assignee(added)).isEqualTo("head-economy-2");
    assertThat(record(instance, "Task_ReviewByUnitHead")).isEqualTo("head-economy|APPROVED|同意,请陆主任再核数据");
    assertThat(record(instance, "ADD_REVIEWER")).isEqualTo("head-economy|ADDED|加签 陆明远 审核");
    try (Browser colleague = Browser.loggedIn(root(), "head-economy-2")) {
      assertThat(portalTask(colleague, number).getText()).contains("由我办理");
      colleague.shot("desk-14-head-economy-2-has-the-added-review");
    }
  }

  /** 委派, its 回复意见 and 抄送, all on a 390 px phone. */
  @Test
  void onAPhoneAHeadDelegatesTheColleagueAnswersAndTheHeadCopies() {
    String instance = start("ORDINARY", "经济发展办公室工作信息:委派抄送验收");
    String number = number(instance);
    String task = openTask(instance);
    String opinion = "数据与统计局口径一致,可以报送";

    try (Browser head = Browser.loggedIn(root(), "head-economy")) {
      phone(head);
      head.click(button(portalTask(head, number), "委派"));
      new Select(head.await(By.cssSelector("li[data-number='" + number + "'] .op-panel[data-op=delegate] select")))
          .selectByVisibleText("陆明远");
      head.driver.findElement(By.cssSelector("li[data-number='" + number + "'] .op-panel textarea"))
          .sendKeys("请先核对数据");
      head.shot("desk-10-head-economy-delegates-on-a-phone");
      head.click(button(head.await(By.cssSelector("li[data-number='" + number + "'] .op-panel")), "确定委派"));
      head.awaitText("#approvals-notice", "已委派 陆明远 先行审阅");
      assertThat(head.await(By.cssSelector("#approvals li[data-number='" + number + "']")).getText())
          .contains("已委派 陆明远 审阅,等待意见");
    }
    assertThat(jdbc.queryForObject("select concat(assignee_, '|', owner_, '|', delegation_) from act_ru_task where id_ = ?",
        String.class, task)).isEqualTo("head-economy-2|head-economy|PENDING");

    try (Browser colleague = Browser.loggedIn(root(), "head-economy-2")) {
      phone(colleague);
      WebElement item = portalTask(colleague, number);
      assertThat(item.getText()).contains("钱伟 请您先审阅,回复意见后交还");
      colleague.click(button(item, "回复意见"));
      colleague.await(By.cssSelector("li[data-number='" + number + "'] .op-panel[data-op=resolve] textarea"))
          .sendKeys(opinion);
      colleague.assertNoEnglish("portal 回复意见", "#approvals");
      colleague.shot("desk-11-head-economy-2-answers-on-a-phone");
      colleague.click(button(colleague.await(By.cssSelector("li[data-number='" + number + "'] .op-panel")), "提交意见"));
      colleague.awaitText("#approvals-notice", "意见已交还 钱伟");
    }
    assertThat(assignee(task)).isEqualTo("head-economy");
    assertThat(record(instance, "OPINION")).isEqualTo("head-economy-2|OPINION|" + opinion);

    try (Browser head = Browser.loggedIn(root(), "head-economy")) {
      phone(head);
      head.click(button(portalTask(head, number), "抄送"));
      WebElement panel = head.await(By.cssSelector("li[data-number='" + number + "'] .op-panel[data-op=copy] fieldset"));
      for (String name : List.of("王海涛", "刘晓燕")) {
        head.click(panel.findElements(By.cssSelector("label.check")).stream().filter(l -> l.getText().strip().equals(name))
            .findFirst().orElseThrow().findElement(By.tagName("input")));
      }
      head.shot("desk-12-head-economy-copies-on-a-phone");
      head.click(button(head.await(By.cssSelector("li[data-number='" + number + "'] .op-panel")), "确定抄送"));
      assertThat(head.awaitText("#approvals-notice", "已抄送").getText()).contains("王海涛", "刘晓燕");
    }
    assertThat(jdbc.queryForList("select c.to_user from pd_article_copy c join pd_article a on a.id = c.article_id"
        + " where a.number = ? order by c.to_user", String.class, number)).containsExactly("editor-liu", "sup-wang");
  }

  @Test
  void aLeaderApprovesThreeMajorArticlesAtOnceEachWithItsOwnRecord() {
    List<String> instances = List.of(start("MAJOR", "经济发展办公室工作信息:批量审批一"),
        start("MAJOR", "经济发展办公室工作信息:批量审批二"), start("MAJOR", "经济发展办公室工作信息:批量审批三"));
    for (String instance : instances) {
      complete("head-economy", openTask(instance));
    }
    List<String> numbers = instances.stream().map(this::number).toList();
    String opinion = "同意报送,请政工科择优编发";

    try (Browser leader = Browser.loggedIn(root(), "sup-wang")) {
      leader.open("/portal/");
      for (String number : numbers) {
        WebElement item = leader.await(By.cssSelector("#approvals li[data-number='" + number + "']"));
        assertThat(item.getText()).contains("分管领导审核", "重大活动、特色工作、品牌建设");
        leader.click(item.findElement(By.cssSelector("input.pick")));
      }
      WebElement comment = leader.await(By.cssSelector("#approvals textarea[name=batchComment]"));
      comment.sendKeys(opinion);
      leader.assertNoEnglish("portal 批量审批", "#approvals");
      leader.shot("desk-04-sup-wang-selects-three");
      leader.click(leader.await(By.id("batch-approve")));
      leader.awaitText("#approvals-answers", "批量审批结果");
      String answers = leader.until(d -> d.findElements(By.cssSelector("#approvals-answers li")).size() == 3
          ? d.findElement(By.id("approvals-answers")).getText() : null);
      assertThat(answers).contains("批量审批一:已同意", "批量审批二:已同意", "批量审批三:已同意");
      leader.shot("desk-05-sup-wang-batch-approved");
    }
    for (String instance : instances) {
      assertThat(openTaskKey(instance)).isEqualTo("Task_EditorialReview");
      assertThat(jdbc.queryForList("select concat(actor, '|', decision, '|', comment) from pd_review_step s join"
          + " pd_article a on a.id = s.article_id where a.process_instance_id = ? and s.step = 'Task_ReviewBySupervisor'",
          String.class, instance)).containsExactly("sup-wang|APPROVED|" + opinion);
    }
  }

  @Test
  void thePrincipalNamesADeputyAndTheNextLeadershipArticleReachesHer() {
    LocalDate today = LocalDate.now(OFFICE);
    LocalDate until = today.plusDays(3);
    try {
      try (Browser principal = Browser.loggedIn(root(), "principal-zhang")) {
        principal.open("/portal/");
        WebElement deputy = principal.awaitText("#deputy", "当前没有设置代理人");
        principal.click(principal.awaitText("#deputy summary", "设置代理人"));
        new Select(principal.await(By.cssSelector("#deputy select[name=deputy]"))).selectByVisibleText("李红梅");
        // the start is today, shown in words; a date that could be read two ways is refused before anything is sent
        assertThat(principal.await(By.id("deputyFromShown")).getText()).isEqualTo("即 " + chinese(today));
        WebElement untilField = principal.await(By.cssSelector("#deputy input[name=deputyUntil]"));
        untilField.sendKeys("%d/%d/%d".formatted(until.getMonthValue(), until.getDayOfMonth(), until.getYear()));
        assertThat(principal.awaitText("#deputyUntilShown", "看不出").getText()).contains("是几月几日");
        // the server decides: an end before the start is refused with its own Chinese message
        untilField.clear();
        untilField.sendKeys(today.minusDays(1).toString());
        principal.expectRefusal("/api/me/deputy", 400);
        principal.click(button(deputy, "设置代理"));
        principal.awaitText("#deputy p.warn", "结束不早于开始");
        untilField = principal.await(By.cssSelector("#deputy input[name=deputyUntil]"));
        untilField.clear();
        untilField.sendKeys(chinese(until));
        assertThat(principal.await(By.id("deputyUntilShown")).getText()).isEqualTo("即 " + chinese(until));
        principal.assertNoEnglish("portal 代理设置", "#deputy");
        principal.shot("desk-06-principal-zhang-names-a-deputy");
        principal.click(button(principal.await(By.id("deputy")), "设置代理"));
        assertThat(principal.awaitText("#deputy-current", "李红梅").getText())
            .isEqualTo("当前代理:李红梅," + chinese(today) + " 至 " + chinese(until));
        principal.shot("desk-07-principal-zhang-deputy-set");
      }
      assertThat(jdbc.queryForObject("select concat(deputy, '|', from_date, '|', until_date) from pd_deputy where"
          + " user_id = 'principal-zhang'", String.class)).isEqualTo("sup-li|" + today + "|" + until);

      // the next LEADERSHIP article of economy (supervised by sup-wang) reaches sup-li for the principal
      String instance = start("LEADERSHIP", "经济发展办公室工作信息:代理验收");
      String number = number(instance);
      complete("head-economy", openTask(instance));
      complete("sup-wang", openTask(instance));
      String task = openTask(instance);
      assertThat(openTaskKey(instance)).isEqualTo("Task_ReviewByPrincipal");
      assertThat(assignee(task)).isEqualTo("sup-li");

      try (Browser deputy = Browser.loggedIn(root(), "sup-li")) {
        WebElement item = portalTask(deputy, number);
        assertThat(item.getText()).contains("主要领导审核", "代 张建国 办理");
        deputy.click(item.findElement(By.cssSelector("input.pick")));
        deputy.await(By.cssSelector("#approvals textarea[name=batchComment]")).sendKeys("代张书记审核:同意");
        deputy.shot("desk-08-sup-li-decides-for-the-principal");
        deputy.click(deputy.await(By.id("batch-approve")));
        assertThat(deputy.awaitText("#approvals-answers", "已同意").getText()).contains("代理验收:已同意");
      }
      assertThat(jdbc.queryForObject("select concat(actor, '|', decision, '|', on_behalf_of) from pd_review_step s join"
          + " pd_article a on a.id = s.article_id where a.process_instance_id = ? and s.step = 'Task_ReviewByPrincipal'",
          String.class, instance)).isEqualTo("sup-li|APPROVED|principal-zhang");
      assertThat(openTaskKey(instance)).isEqualTo("Task_EditorialReview");
      // the record says 代 (the portal shows each step of the article with "(代 张建国)")
      Map<?, ?> article = rest.withBasicAuth("principal-zhang", "demo").getForObject("/api/articles/" + number, Map.class);
      assertThat((List<Map<String, Object>>) article.get("steps")).anySatisfy(s -> assertThat(s)
          .containsEntry("step", "Task_ReviewByPrincipal").containsEntry("actorName", "李红梅")
          .containsEntry("onBehalfOfName", "张建国"));
    } finally {
      rest.withBasicAuth("principal-zhang", "demo").delete("/api/me/deputy");
    }
  }

  @Test
  void theInformantRemindsOnceAWorkingDay() {
    String instance = start("ORDINARY", "经济发展办公室工作信息:催办验收");
    String number = number(instance);
    try (Browser informant = Browser.loggedIn(root(), "inf-economy")) {
      informant.open("/portal/");
      WebElement item = informant.await(By.cssSelector("#my-articles li[data-number='" + number + "']"));
      informant.click(button(item, "催办"));
      informant.awaitText("#my-articles li[data-number='" + number + "'] .remind-answer", "已催办");
      informant.expectRefusal("/api/articles/" + number + "/remind", 409);
      informant.click(button(item, "催办"));
      String refusal = informant.awaitText("#my-articles li[data-number='" + number + "'] .remind-answer", "已经催办过")
          .getText();
      assertThat(refusal).contains("每个工作日只能催办一次");
      informant.assertNoEnglish("portal 催办", "#my-articles");
      informant.shot("desk-09-inf-economy-reminds-once-a-day");
    }
    assertThat(jdbc.queryForObject("select count(*) from pd_informant_reminder r join pd_article a on a.id = r.article_id"
        + " where a.number = ?", Integer.class, number)).isOne();
  }

  /** Every role's portal at 1366×900 and on a 390 px phone: Chinese only, nothing to scroll sideways. */
  @Test
  void everyRolesPortalFitsAWideScreenAndAPhone() {
    try (Browser anonymous = Browser.anonymous(root())) {
      anonymous.driver.manage().window().setSize(new Dimension(1366, 900));
      anonymous.open("/portal/");
      // the login form is there at once, before any answer from the server
      assertThat(anonymous.script("return document.documentElement.classList.contains('anon')"
          + " && getComputedStyle(document.getElementById('login')).display !== 'none'")).isEqualTo(true);
      anonymous.awaitText("#login", "请登录");
      anonymous.assertNoEnglish("portal, anonymous", null);
      anonymous.shot("desk-portal-anonymous");
      asPhone(anonymous, () -> anonymous.shot("desk-portal-anonymous-phone"));
    }
    for (String user : List.of("head-economy", "head-economy-2", "sup-wang", "sup-li", "principal-zhang", "inf-economy",
        "editor-liu", "admin")) {
      try (Browser browser = Browser.loggedIn(root(), user)) {
        browser.driver.manage().window().setSize(new Dimension(1366, 900));
        browser.open("/portal/");
        browser.awaitText("#content", "通知");
        if (!user.startsWith("inf-") && !user.startsWith("editor")) {
          browser.awaitText("#content", user.equals("admin") ? "代理设置(管理员)" : "待我审批");
        }
        browser.assertNoEnglish("portal, " + user, null);
        browser.shot("desk-portal-" + user);
        wholePage(browser, "desk-portal-" + user + "-whole");
        asPhone(browser, () -> {
          browser.assertNoEnglish("portal on a phone, " + user, null);
          browser.shot("desk-portal-" + user + "-phone");
        });
      }
    }
  }

  /** The whole page at the window's width, to see how the cards fill it. */
  private static void wholePage(Browser browser, String name) {
    Dimension before = browser.driver.manage().window().getSize();
    long height = ((Number) browser.script("return document.documentElement.scrollHeight")).longValue();
    browser.driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 150, 6000)));
    try {
      browser.shot(name);
    } finally {
      browser.driver.manage().window().setSize(before);
    }
  }

  private static void phone(Browser browser) {
    browser.driver.manage().window().setSize(new Dimension(390, 844));
  }

  /** Narrows the window to a 390 px phone, runs {@code check}, fails when the page scrolls sideways. */
  private static void asPhone(Browser browser, Runnable check) {
    Dimension before = browser.driver.manage().window().getSize();
    browser.driver.manage().window().setSize(new Dimension(390, 844));
    try {
      browser.until(d -> ((Number) browser.script("return window.innerWidth")).intValue() <= 390 ? true : null);
      check.run();
      Number overflow = (Number) browser.script(
          "return document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth");
      assertThat(overflow.intValue()).as("sideways scrolling on a 390 px phone").isLessThanOrEqualTo(1);
    } finally {
      browser.driver.manage().window().setSize(before);
    }
  }

  /** The portal's 待我审批 entry of the article, once loaded. */
  private static WebElement portalTask(Browser browser, String number) {
    browser.open("/portal/");
    return browser.await(By.cssSelector("#approvals li[data-number='" + number + "']"));
  }

  private static WebElement button(WebElement within, String label) {
    return within.findElements(By.cssSelector("button")).stream().filter(b -> b.getText().strip().equals(label))
        .findFirst().orElseThrow(() -> new AssertionError("no button " + label + " in " + within.getText()));
  }

  private static String chinese(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  private String start(String itemClass, String title) {
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = new LinkedHashMap<>(
        (Map<String, Object>) TestArticles.restStart("economy", itemClass).get("variables"));
    variables.put("title", Map.of("value", title));
    ResponseEntity<Map> started = rest.withBasicAuth("inf-economy", "demo").postForEntity(
        "/engine-rest/process-definition/key/ArticleReview/start", Map.of("variables", variables), Map.class);
    assertThat(started.getStatusCode().is2xxSuccessful()).as(String.valueOf(started.getBody())).isTrue();
    return (String) started.getBody().get("id");
  }

  private void complete(String user, String task) {
    ResponseEntity<String> done = rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + task
        + "/complete", Map.of("variables", Map.of("approved", Map.of("value", true))), String.class);
    assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
  }

  private String number(String instance) {
    return jdbc.queryForObject("select number from pd_article where process_instance_id = ?", String.class, instance);
  }

  private String openTask(String instance) {
    return new TestReviews(jdbc).openTask(instance);
  }

  private String openTaskKey(String instance) {
    return new TestReviews(jdbc).taskKey(openTask(instance));
  }

  private String assignee(String task) {
    return new TestReviews(jdbc).assignee(task);
  }

  private String record(String instance, String step) {
    return new TestReviews(jdbc).record(instance, step);
  }

  private String root() {
    return "http://localhost:" + port;
  }
}
