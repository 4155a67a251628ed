package org.publicitydesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Public-opinion reports (R3.1) in a real browser on a controlled clock: a community informant reports at 09:10
 * (on time), another at 09:20 (after the 09:15 deadline, late), each through Tasklist's Chinese start form, and the
 * editorial office sees each marked right, in its task forms and on the live board. Screenshots: {@code target/e2e/opinion-NN-*.png}.
 */
@PublicityDeskTest
class OpinionReportE2E {

  /** Wednesday 4 March 2026, a working day. */
  static final LocalDate DAY = LocalDate.of(2026, 3, 4);
  static final String ON_TIME_TITLE = "东风社区3月4日舆情:居民反映小区停车难";
  static final String LATE_TITLE = "和平社区3月4日舆情:菜市场周边占道经营";

  @LocalServerPort
  int port;
  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  @AfterEach
  void realTime() {
    BusinessTime.reset();
  }

  @Test
  void aReportAt0910IsOnTimeAndOneAt0920IsLate() {
    report("inf-dongfeng", LocalTime.of(9, 10), ON_TIME_TITLE, "opinion-01-dongfeng-reports-at-0910");
    report("inf-heping", LocalTime.of(9, 20), LATE_TITLE, "opinion-02-heping-reports-at-0920");

    boardShowsOnTimeAndLate(ON_TIME_TITLE, LATE_TITLE);
    acceptAndRecordBulletin(ON_TIME_TITLE);
  }

  private void report(String informant, LocalTime at, String title, String shot) {
    BusinessTime.set(LocalDateTime.of(DAY, at));
    try (Browser browser = Browser.loggedIn(root(), informant)) {
      Tasklist tasklist = new Tasklist(browser);
      tasklist.openStartForm("舆情信息报送");
      assertThat(tasklist.startFormText("09:15 前")).contains("舆情信息报送", "标题", "内容");
      // nothing typed yet: the form says what is missing, in Chinese, and starts nothing
      tasklist.submitStartForm();
      assertThat(browser.awaitText("#titleError", "请填写").getText()).isEqualTo("请填写标题");
      tasklist.assertNoEnglish("舆情信息报送 start form, empty");
      tasklist.type("title", title);
      tasklist.type("content", "今晨多名居民来电反映相关问题,社区已登记并联系有关部门,将持续跟进。");
      browser.until(d -> d.findElement(By.id("unitCode")).getAttribute("value").isEmpty() ? null : true);
      tasklist.assertNoEnglish("舆情信息报送 start form");
      browser.shot(shot);
      if (informant.equals("inf-dongfeng")) {
        browser.shotAsPhone("opinion-01b-start-form-on-a-phone", ".modal form.pd-form");
      }
      tasklist.submitStartForm();
      tasklist.awaitStarted();
    }
  }

  /**
   * The 09:10 report on time and the 09:20 one late: on the editorial office's check tasks in Tasklist, and on the live
   * board of the office's page (/portal/, 舆情信息实时看板) — 东风 按时, 和平 迟报, the other communities 未报.
   */
  private void boardShowsOnTimeAndLate(String onTimeTitle, String lateTitle) {
    BusinessTime.set(LocalDateTime.of(DAY, LocalTime.of(10, 0)));
    try (Browser editor = Browser.loggedIn(root(), "editor-liu")) {
      Tasklist tasklist = new Tasklist(editor);
      tasklist.filter("编辑部待办");
      tasklist.openTask("政工科审核舆情信息", onTimeTitle);
      assertThat(tasklist.formText(onTimeTitle)).contains("2026-03-04 09:10", "按时报送(09:15 前)", "今晨多名居民来电")
          .doesNotContain("迟报");
      tasklist.assertNoEnglish("政工科审核舆情信息");
      editor.shot("opinion-03-editor-sees-0910-on-time");
      tasklist.openTask("政工科审核舆情信息", lateTitle);
      assertThat(tasklist.formText(lateTitle)).contains("2026-03-04 09:20", "迟报(09:15 后或非工作日),不计分");
      editor.shot("opinion-04-editor-sees-0920-late");
      editor.open("/portal/");
      WebElement board = editor.awaitText("#board", "东风社区");
      editor.shot("opinion-05-live-board");
      assertThat(boardRow(board, "东风社区")).contains("按时").doesNotContain("迟报");
      assertThat(boardRow(board, "和平社区")).contains("迟报");
      assertThat(boardRow(board, "新华社区")).contains("未报");
      assertThat(boardRow(board, "迎宾社区")).contains("未报");
    }
  }

  /** The editorial office accepts the on-time report, then records its adoption in the city's bulletin (R9.3). */
  private void acceptAndRecordBulletin(String title) {
    BusinessTime.set(LocalDateTime.of(DAY, LocalTime.of(16, 0)));
    try (Browser editor = Browser.loggedIn(root(), "editor-liu")) {
      Tasklist tasklist = new Tasklist(editor);
      tasklist.filter("编辑部待办");
      tasklist.openTask("政工科审核舆情信息", title);
      tasklist.formText(title);
      tasklist.claimIfOffered();
      tasklist.radio("采用");
      tasklist.complete();

      tasklist.filter("编辑部待办");
      tasklist.openTask("登记简报采用", title);
      tasklist.formText(title);
      tasklist.claimIfOffered();
      tasklist.radio("已采用");
      assertThat(tasklist.completeRefused("bulletinDate")).isEqualTo("请填写简报日期");
      tasklist.type("bulletinIssue", "2026年第9期");
      tasklist.type("bulletinDate", "2026/3/4");
      assertThat(editor.awaitText("#bulletinDateShown", "2026年3月4日").getText()).isEqualTo("即 2026年3月4日");
      tasklist.assertNoEnglish("登记简报采用");
      editor.shot("opinion-06-editor-records-bulletin-adoption");
      editor.shotAsPhone("opinion-06b-bulletin-adoption-on-a-phone", "form.pd-form");
      tasklist.complete();
    }
    assertThat(jdbc.queryForMap("select bulletin_adopted, bulletin_issue, bulletin_date from pd_opinion_report "
        + "where title = ?", title)).containsEntry("BULLETIN_ADOPTED", true).containsEntry("BULLETIN_ISSUE", "2026年第9期")
        .containsEntry("BULLETIN_DATE", java.sql.Date.valueOf(DAY));
  }

  private static String boardRow(WebElement board, String community) {
    return board.findElements(By.tagName("tr")).stream().map(WebElement::getText).filter(t -> t.contains(community))
        .findFirst().orElseThrow(() -> new AssertionError(community + " is not on the board: " + board.getText()));
  }

  private String root() {
    return "http://localhost:" + port;
  }
}
