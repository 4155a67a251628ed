package org.publicitydesk.opinion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestUsers;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.opinion.OpinionReports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The live board of a day's public-opinion reports (R3.1), the monthly figures behind it (R9.2), the 08:45 reminder. */
@PublicityDeskTest
class OpinionBoardTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  WorkingCalendar calendar;
  @Autowired
  RuntimeService runtime;
  @Autowired
  IdentityService identity;
  @Autowired
  OpinionReports reports;
  @Autowired
  OpinionReminders reminders;

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  /**
   * September 2025, checked by hand: 23 working days (22 weekdays and the make-up Sunday the 28th; 1 October starts
   * the National Day holiday). 东风社区 reports on time every working day (23 countable); 和平社区 on time on the first 19
   * and late (09:20) on the other 4 (19 countable); 新华社区 on time every working day but 5 are of low quality (18);
   * 迎宾社区 reports nothing.
   */
  @Test
  void theBoardAndTheMonthlySettlementAgreeWithAMonthOfImportedReports() {
    List<LocalDate> workingDays = LocalDate.of(2025, 9, 1).datesUntil(LocalDate.of(2025, 10, 1))
        .filter(calendar::isWorkingDay).toList();
    assertThat(workingDays).hasSize(23).contains(LocalDate.of(2025, 9, 28));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < workingDays.size(); i++) {
      LocalDate day = workingDays.get(i);
      rows.add(report("B-DF-" + day, "dongfeng", day + "T08:40:00+08:00", "ACCEPTED"));
      rows.add(report("B-HP-" + day, "heping", day + (i < 19 ? "T09:00:00+08:00" : "T09:20:00+08:00"), "ACCEPTED"));
      rows.add(report("B-XH-" + day, "xinhua", day + "T09:14:59+08:00", i % 5 == 0 ? "LOW_QUALITY" : "ACCEPTED"));
    }
    ResponseEntity<Map> imported = rest.withBasicAuth("editor-liu", "demo")
        .postForEntity("/api/import", Map.of("opinionReports", rows), Map.class);
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);

    // the board of the last working day: 和平 reported, but late; 迎宾 not at all
    Map<String, Object> board = board("editor-liu", "2025-09-30");
    assertThat(board).containsEntry("workingDay", true).containsEntry("deadline", "09:15:00");
    assertThat(communities(board)).extracting(c -> c.get("unitCode") + ":" + c.get("status") + ":" + c.get("monthCountable"))
        .containsExactly("dongfeng:ON_TIME:23", "heping:LATE:19", "xinhua:ON_TIME:18", "yingbin:MISSING:0");
    assertThat((List<Map<String, Object>>) communities(board).get(1).get("reports")).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("onTime", false).containsEntry("submittedAt", "2025-09-30T09:20:00+08:00"));
    // the first Sunday is not a working day, and nobody reported
    assertThat(board("editor-liu", "2025-09-07")).containsEntry("workingDay", false);

    // R9.2: the settlement of the month gives the same countable figures; under 20 costs 30
    ResponseEntity<Map> settled = rest.withBasicAuth("editor-liu", "demo").exchange(
        "/api/settlements?year=2025&month=9&kind=OPINION", HttpMethod.POST, HttpEntity.EMPTY, Map.class);
    assertThat(settled.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) settled.getBody().get("communities"))
        .extracting(c -> c.get("unitCode") + ":" + c.get("countable") + ":" + c.get("points"))
        .containsExactly("dongfeng:23:0", "heping:19:-30", "xinhua:18:-30", "yingbin:0:-30");
    assertThat(reports.figures(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
        .extracting(f -> f.unitCode() + ":" + f.submitted() + "/" + f.onTime() + "/" + f.late() + "/" + f.accepted() + "/"
            + f.lowQuality() + "/" + f.countable())
        .containsExactly("dongfeng:23/23/0/23/0/23", "heping:23/19/4/23/0/19", "xinhua:23/23/0/18/5/18", "yingbin:0/0/0/0/0/0");
  }

  @Test
  void aCommunitySeesItsOwnRowItsSupervisorItsCommunitiesADepartmentNone() {
    assertThat(communities(board("inf-heping", "2025-09-30"))).extracting(c -> c.get("unitCode")).containsExactly("heping");
    assertThat(communities(board("head-yingbin", "2025-09-30"))).extracting(c -> c.get("unitCode"))
        .containsExactly("yingbin");
    assertThat(communities(board("sup-li", "2025-09-30"))).extracting(c -> c.get("unitCode"))
        .containsExactly("xinhua", "yingbin");
    assertThat(communities(board("inf-economy", "2025-09-30"))).isEmpty();
    assertThat(rest.getForEntity("/api/opinion/board", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("editor-liu", "demo").getForEntity("/api/opinion/board?date=2025-13-01", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void communitiesThatHaveNotReportedAreRemindedOnceFromQuarterToNine() {
    // Wednesday 8 April 2026, a working day: 东风社区 reported at 08:30
    at("2026-04-08T08:30:00+08:00");
    TestUsers.as(identity, "inf-dongfeng", () -> runtime.startProcessInstanceByKey("PublicOpinionReport",
        Map.of("title", "居民反映路灯不亮", "content", "和平路路灯连续三晚不亮。")));
    at("2026-04-08T08:44:00+08:00");
    assertThat(reminders.remind()).isZero();
    at("2026-04-08T08:45:00+08:00");
    assertThat(reminders.remind()).isEqualTo(3);
    assertThat(reminded("2026-04-08")).containsExactly("inf-heping", "inf-xinhua", "inf-yingbin");
    at("2026-04-08T09:00:00+08:00");
    assertThat(reminders.remind()).as("once a day").isZero();
    at("2026-04-08T09:15:00+08:00");
    assertThat(reminders.remind()).isZero();
    // National Day: no reminder
    at("2026-10-02T08:50:00+08:00");
    assertThat(reminders.remind()).isZero();
    // what 和平社区 sees at 09:00 without a report: missing on its board, the reminder in its inbox
    at("2026-04-08T09:00:00+08:00");
    assertThat(communities(board("inf-heping", "2026-04-08"))).singleElement()
        .satisfies(c -> assertThat(c).containsEntry("status", "MISSING"));
    assertThat(rest.withBasicAuth("inf-heping", "demo").getForObject("/api/notifications", String.class))
        .contains("今日舆情信息尚未报送");
  }

  private static Map<String, Object> report(String id, String unit, String at, String outcome) {
    Map<String, Object> row = new HashMap<>();
    row.put("externalId", id);
    row.put("unitCode", unit);
    row.put("informant", "inf-" + unit);
    row.put("title", "舆情 " + id);
    row.put("content", "居民反映的情况");
    row.put("submittedAt", at);
    row.put("outcome", outcome);
    row.put("adoptedInBulletin", false);
    return row;
  }

  private Map<String, Object> board(String user, String date) {
    ResponseEntity<Map> response = rest.withBasicAuth(user, "demo").getForEntity("/api/opinion/board?date=" + date, Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static List<Map<String, Object>> communities(Map<String, Object> board) {
    return (List<Map<String, Object>>) board.get("communities");
  }

  private List<String> reminded(String day) {
    return jdbc.queryForList("select recipient from pd_notification where kind = 'OPINION_REMINDER' and created_at >= ? "
        + "order by recipient", String.class, java.sql.Timestamp.from(ZonedDateTime.parse(day + "T00:00:00+08:00").toInstant()));
  }

  private static void at(String time) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(time).toInstant()));
  }
}
