package org.publicitydesk.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** R9.2: a community with 19 countable reports in a month loses 30; with 20 it loses nothing; settling is idempotent. */
@PublicityDeskTest
class MonthlyOpinionSettlementTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  ManagementService management;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void nineteenCountableReportsCostThirtyTwentyCostNothing() {
    // June 2025 (20 working days from the 3rd): 东风社区 19 on-time accepted reports (+1 late, +1 low quality);
    // 新华社区 20 on-time accepted
    java.time.LocalDate day = java.time.LocalDate.of(2025, 6, 3);
    for (int i = 0; i < 20; i++, day = day.plusDays(day.getDayOfWeek() == java.time.DayOfWeek.FRIDAY ? 3 : 1)) {
      if (i < 19) {
        report("inf-dongfeng", day + "T08:30:00+08:00", "ACCEPT");
      }
      report("inf-xinhua", day + "T08:30:00+08:00", "ACCEPT");
    }
    report("inf-dongfeng", "2025-06-25T09:30:00+08:00", "ACCEPT");       // late
    report("inf-dongfeng", "2025-06-26T08:30:00+08:00", "LOW_QUALITY");  // low quality
    ClockUtil.reset();

    ResponseEntity<Map> settled = settle("year=2025&month=6&kind=OPINION");
    assertThat(settled.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> communities = (List<Map<String, Object>>) settled.getBody().get("communities");
    assertThat(communities).extracting(c -> c.get("unitCode") + ":" + c.get("countable") + ":" + c.get("points"))
        .contains("dongfeng:19:-30", "xinhua:20:0");
    assertThat(points("dongfeng")).isEqualTo(-30);
    assertThat(points("xinhua")).isZero();
    settle("year=2025&month=6&kind=OPINION");
    assertThat(jdbc.queryForObject("select count(*) from pd_ledger_entry where source_id = 'R9.2:2025-06:dongfeng' "
        + "and superseded_at is null", Integer.class)).isEqualTo(1);
  }

  @Test
  void aMonthInWhichNobodyWasAnInformantYetCostsNothing() {
    // December 2024: every informant of the sample organisation is one since 2025-01-01 (before issue 19: −30 each)
    ResponseEntity<Map> settled = settle("year=2024&month=12&kind=OPINION");
    assertThat(settled.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> communities = (List<Map<String, Object>>) settled.getBody().get("communities");
    assertThat(communities).extracting(c -> c.get("unitCode") + ":" + c.get("assessed") + ":" + c.get("points"))
        .containsExactly("dongfeng:false:0", "heping:false:0", "xinhua:false:0", "yingbin:false:0");
    assertThat(jdbc.queryForObject("select count(*) from pd_ledger_entry where source_id like 'R9.2:2024-12:%' "
        + "and superseded_at is null", Integer.class)).isZero();
  }

  @Test
  void anUnfinishedMonthIsOnlyPreviewedAndTheTimerRunsMonthly() {
    ResponseEntity<Map> refused = settle("year=2099&month=1&kind=OPINION");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").toString()).contains("尚未结束");
    assertThat(settle("year=2099&month=1&kind=OPINION&preview=true").getBody()).containsEntry("provisional", true);
    var timer = management.createJobQuery().processDefinitionKey("MonthlyOpinionSettlement").timers().singleResult();
    var due = timer.getDuedate().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai"));
    assertThat(due.getDayOfMonth()).isEqualTo(1);
    assertThat(due.toLocalTime()).isEqualTo(java.time.LocalTime.of(1, 0));
  }

  private void report(String informant, String at, String decision) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(at).toInstant()));
    String id = TestUsers.as(identity, informant, () -> runtime.startProcessInstanceByKey("PublicOpinionReport",
        Map.of("title", "舆情", "content", "内容")).getId());
    tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId(), Map.of("decision", decision));
  }

  private ResponseEntity<Map> settle(String query) {
    return rest.withBasicAuth("editor-liu", "demo").exchange("/api/settlements?" + query, HttpMethod.POST,
        HttpEntity.EMPTY, Map.class);
  }

  private int points(String unit) {
    return jdbc.queryForObject("select coalesce(sum(points), 0) from pd_ledger_entry where source_id = ? "
        + "and superseded_at is null", Integer.class, "R9.2:2025-06:" + unit);
  }
}
