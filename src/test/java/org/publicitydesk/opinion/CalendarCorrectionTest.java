package org.publicitydesk.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicitydesk.TestImports.importRecords;
import static org.publicitydesk.TestImports.list;
import static org.publicitydesk.TestImports.opinion;
import static org.publicitydesk.TestImports.unit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The calendar in force when a period is settled decides it (rules.md, "Periods"), also for public-opinion reports.
 *
 * <pre>
 * March 2061 (no arrangement: weekends off only, 23 working days). 东风社区 reports at 09:00 on each of the first 20
 * weekdays (1–28 March), all accepted.
 *   imported and settled:                     20 on time → R9.1 20 × 10 = 200, R9.2 0            → opinion 200
 *   the administrator makes Monday 7 March a holiday:
 *     board of 7 March                         workingDay false, 东风 LATE, its report not on time, month 4 (1–4 March)
 *     ledger before settling again             unchanged: 200 (an explicit settlement rebooks)
 *     identical re-import                      changes nothing: 200
 *   settled again:                            19 on time → R9.1 190, 19 < 20 → R9.2 −30            → opinion 160
 *   identical re-import                        changes nothing: 160
 *   8 March a holiday too, the quarter settled: R9.1 180 (R9.2 is the month's: −30 until the month is settled) → 150;
 *                                              R5.1 13 of 13 weeks without an article, −26, in points
 * </pre>
 */
@PublicityDeskTest
class CalendarCorrectionTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void settlingAgainFollowsTheCorrectedCalendarTheBoardAtOnceAndIdenticalReimportsChangeNothing() {
    // given 20 on-time reports, imported and the month settled
    List<Map<String, Object>> reports = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2061, 3, 1); reports.size() < 20; day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        reports.add(opinion("CAL-" + day, "dongfeng", day + "T09:00:00+08:00", false));
      }
    }
    Map<String, Object> first = importRecords(rest, List.of(), reports);
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2061-04-02T10:00:00+08:00").toInstant()));
    assertThat(dongfeng(settle())).containsEntry("countable", 20).containsEntry("points", 0);
    assertThat(dongfengScores()).containsEntry("opinionPoints", 200).containsEntry("breakdown", Map.of("R9.1", 200));

    // when the administrator turns Monday 7 March into a holiday
    ResponseEntity<Map> corrected = rest.withBasicAuth("admin", "demo").exchange("/api/calendar/2061", HttpMethod.PUT,
        new HttpEntity<>(Map.of("holidays", List.of("2061-03-07"), "workdays", List.of())), Map.class);
    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);

    // then the board follows at once
    Map<String, Object> board = rest.withBasicAuth("editor-liu", "demo")
        .getForObject("/api/opinion/board?date=2061-03-07", Map.class);
    assertThat(board).containsEntry("workingDay", false);
    Map<String, Object> row = ((List<Map<String, Object>>) board.get("communities")).stream()
        .filter(c -> c.get("unitCode").equals("dongfeng")).findFirst().orElseThrow();
    assertThat(row).containsEntry("status", "LATE").containsEntry("monthCountable", 4);
    assertThat((List<Map<String, Object>>) row.get("reports")).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("onTime", false));
    // the ledger waits for the settlement, and an identical re-import changes nothing
    assertThat(dongfengScores()).containsEntry("opinionPoints", 200);
    Map<String, Object> again = importRecords(rest, List.of(), reports);
    assertThat(again.get("opinionReportNumbers")).isEqualTo(first.get("opinionReportNumbers"));
    assertThat(dongfengScores()).containsEntry("opinionPoints", 200);

    // when the month is settled again: the corrected calendar decides R9.1 and R9.2
    assertThat(dongfeng(settle())).containsEntry("countable", 19).containsEntry("points", -30);
    assertThat(dongfengScores()).containsEntry("opinionPoints", 160)
        .containsEntry("breakdown", Map.of("R9.1", 190, "R9.2", -30));
    int activeLines = activeLines();
    importRecords(rest, List.of(), reports);
    assertThat(dongfengScores()).containsEntry("opinionPoints", 160);
    assertThat(activeLines()).isEqualTo(activeLines).isEqualTo(19 + 1);

    // and settling the quarter again follows the calendar too: Tuesday 8 March also becomes a holiday
    rest.withBasicAuth("admin", "demo").exchange("/api/calendar/2061", HttpMethod.PUT,
        new HttpEntity<>(Map.of("holidays", List.of("2061-03-07", "2061-03-08"), "workdays", List.of())), Map.class);
    assertThat(rest.withBasicAuth("editor-liu", "demo").exchange("/api/settlements?year=2061&quarter=1",
        HttpMethod.POST, HttpEntity.EMPTY, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    // (the quarter also books R5.1: no article in any of its 13 working weeks, −26 — in points, not opinion points)
    assertThat(dongfengScores()).containsEntry("opinionPoints", 150).containsEntry("points", -26)
        .containsEntry("breakdown", Map.of("R5.1", -26, "R9.1", 180, "R9.2", -30));
  }

  private Map<String, Object> settle() {
    ResponseEntity<Map> settled = rest.withBasicAuth("editor-liu", "demo").exchange(
        "/api/settlements?year=2061&month=3&kind=OPINION", HttpMethod.POST, HttpEntity.EMPTY, Map.class);
    assertThat(settled.getStatusCode()).as(String.valueOf(settled.getBody())).isEqualTo(HttpStatus.OK);
    return settled.getBody();
  }

  private static Map<String, Object> dongfeng(Map<String, Object> settled) {
    return ((List<Map<String, Object>>) settled.get("communities")).stream()
        .filter(c -> c.get("unitCode").equals("dongfeng")).findFirst().orElseThrow();
  }

  private Map<String, Object> dongfengScores() {
    return unit(list(rest, "/api/scores?year=2061&month=3"), "dongfeng");
  }

  private int activeLines() {
    return jdbc.queryForObject("select count(*) from pd_ledger_entry where unit_code = 'dongfeng' and superseded_at is null "
        + "and occurred_on between date '2061-03-01' and date '2061-03-31'", Integer.class);
  }
}
