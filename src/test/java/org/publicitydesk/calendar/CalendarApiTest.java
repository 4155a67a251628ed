package org.publicitydesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code GET|PUT /api/calendar/{year}}: shipped arrangements, an administrator's change, refusals. */
@PublicityDeskTest
class CalendarApiTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  WorkingCalendar calendar;

  @Test
  void showsTheStateCouncilsArrangement() {
    Map<?, ?> year = rest.withBasicAuth("inf-economy", "demo").getForObject("/api/calendar/2026", Map.class);
    assertThat(year.get("source")).isEqualTo("STATE_COUNCIL");
    assertThat((List<String>) year.get("holidays")).contains("2026-10-01").hasSize(33);
    assertThat((List<String>) year.get("workdays")).contains("2026-01-04");
    assertThat(rest.withBasicAuth("inf-economy", "demo").getForObject("/api/calendar/2029", Map.class).get("source"))
        .isEqualTo("WEEKENDS_ONLY");
  }

  @Test
  void anAdministratorSetsAYearAndEveryDeadlineFollows() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2044, 3, 7))).isTrue();
    Map<String, Object> year = Map.of("year", 2044, "holidays", List.of("2044-03-07"), "workdays", List.of("2044-03-12"));
    assertThat(put("editor-liu", 2044, year).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> saved = put("admin", 2044, year);
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody()).containsEntry("source", "ADMINISTRATOR");
    assertThat(calendar.isWorkingDay(LocalDate.of(2044, 3, 7))).isFalse();   // a Monday made a holiday
    assertThat(calendar.isWorkingDay(LocalDate.of(2044, 3, 12))).isTrue();   // a Saturday made a working day
    assertThat(calendar.nextWorkingDay(LocalDate.of(2044, 3, 4))).isEqualTo(LocalDate.of(2044, 3, 8));
  }

  @Test
  void aWrongYearIsRefusedWhole() {
    ResponseEntity<Map> refused = put("admin", 2045, Map.of("holidays", List.of("2045-02-30", "2046-01-01"),
        "workdays", List.of("2045-03-06")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").toString())
        .contains("放假日期 “2045-02-30”不是日期").contains("放假日期 2046-01-01 不在 2045 年")
        .contains("调休上班日 2045-03-06 不是周末");
    assertThat(rest.withBasicAuth("admin", "demo").getForObject("/api/calendar/2045", Map.class).get("source"))
        .isEqualTo("WEEKENDS_ONLY");
  }

  @Test
  void aYearComesFromASimpleTextFileToo() {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.TEXT_PLAIN);
    String file = "# 2046 年放假安排\n2046-10-01 假\n2046-10-02 假\n2046-09-29 班\n";
    ResponseEntity<Map> saved = rest.withBasicAuth("admin", "demo").exchange("/api/calendar/2046", HttpMethod.PUT,
        new HttpEntity<>(file, headers), Map.class);
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<String>) saved.getBody().get("holidays")).containsExactly("2046-10-01", "2046-10-02");
    assertThat((List<String>) saved.getBody().get("workdays")).containsExactly("2046-09-29");
    ResponseEntity<Map> wrong = rest.withBasicAuth("admin", "demo").exchange("/api/calendar/2046", HttpMethod.PUT,
        new HttpEntity<>("2046-10-03 休息\n", headers), Map.class);
    assertThat(wrong.getBody().get("detail").toString()).contains("第 1 行“2046-10-03 休息”应为“日期 假”或“日期 班”");
  }

  @Test
  void theCalendarPageIsServed() {
    assertThat(rest.getForObject("/admin/calendar.html", String.class)).contains("工作日历维护").contains("调休上班日");
  }

  private ResponseEntity<Map> put(String user, int year, Object body) {
    return rest.withBasicAuth(user, "demo").exchange("/api/calendar/" + year, HttpMethod.PUT, new HttpEntity<>(body),
        Map.class);
  }
}
