package org.publicitydesk.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Live progress (R2, R11.2) and the Thursday reminder (R2.1), with the clock set to Thursday 4 March 2027. */
@PublicityDeskTest
class ProgressTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  QuotaReminders reminders;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void showsThisWeekQuarterAndYearAndWhoMayLook() {
    importArticles("2027-01-05", "2027-01-12", "2027-03-02");
    at("2027-03-04T10:00:00+08:00");
    List<Map<String, Object>> mine = progress("inf-yingbin", "/api/progress");
    assertThat(mine).singleElement().satisfies(u -> {
      assertThat(u).containsEntry("unitCode", "yingbin").containsEntry("isoWeek", 9).containsEntry("atRisk", true);
      // 8 past working weeks (4 January – 28 February), articles in 2 of them
      assertThat(u).containsEntry("missedWeeksThisQuarter", 6);
      assertThat((Map<String, Object>) u.get("week")).containsEntry("countable", 1).containsEntry("target", 1);
      assertThat((Map<String, Object>) u.get("year")).containsEntry("countable", 3).containsEntry("target", 50);
    });
    assertThat(progress("editor-liu", "/api/progress")).hasSize(8);
    assertThat(progress("sup-li", "/api/progress")).extracting(u -> u.get("unitCode"))
        .containsExactlyInAnyOrder("urban", "social", "xinhua", "yingbin");
    assertThat(rest.withBasicAuth("inf-economy", "demo").exchange("/api/progress?unitCode=yingbin", HttpMethod.GET,
        null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void informantsWithNothingCountableAreRemindedOnceFromThursday() {
    importArticles("2027-03-16");
    at("2027-03-17T10:00:00+08:00"); // Wednesday: not yet
    assertThat(reminders.remind()).isZero();
    at("2027-03-18T10:00:00+08:00"); // Thursday
    assertThat(reminders.remind()).isGreaterThan(0);
    assertThat(count("inf-heping")).isEqualTo(1);
    assertThat(count("inf-yingbin")).isZero();
    assertThat(reminders.remind()).isZero();
  }

  private int count(String informant) {
    return jdbc.queryForObject("select count(*) from pd_notification where recipient = ? and kind = 'QUOTA_REMINDER'",
        Integer.class, informant);
  }

  private void importArticles(String... days) {
    List<Map<String, Object>> rows = java.util.Arrays.stream(days).map(d -> Map.<String, Object>of(
        "externalId", "progress-" + d, "unitCode", "yingbin", "informant", "inf-yingbin", "title", "迎宾社区工作信息",
        "itemClass", "ORDINARY", "submittedAt", d + "T10:00:00+08:00", "outcome", "ACCEPTED")).toList();
    assertThat(rest.withBasicAuth("editor-liu", "demo").exchange("/api/import", HttpMethod.POST,
        new HttpEntity<>(Map.of("articles", rows)), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private static void at(String time) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(time).toInstant()));
  }

  private List<Map<String, Object>> progress(String user, String path) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
  }
}
