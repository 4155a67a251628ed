package org.publicitydesk.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Settlements over imported records (R5.1, R8): the fourth quarter of 2025 for 社会事务办公室, counted by hand from its
 * weeks; settling again changes nothing, a correction is settled by settling again; unfinished periods only preview.
 */
@PublicityDeskTest
class SettlementTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  HistoryService history;
  @Autowired
  ManagementService management;

  /** Q4 2025 has the 13 ISO weeks from 29 September to 28 December; social submits in 10 of them. */
  private static final List<String> SUBMITTED = List.of("2025-10-09", "2025-10-14", "2025-10-21", "2025-10-28",
      "2025-11-04", "2025-11-11", "2025-11-25", "2025-12-02", "2025-12-09", "2025-12-16");

  @Test
  void aQuarterIsSettledOnceAndAgainAfterACorrection() {
    // given: countable articles in 10 weeks; a low-quality one in week 47 and a forwarded one in week 52 do not count
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < SUBMITTED.size(); i++) {
      rows.add(article("Q4-" + i, SUBMITTED.get(i), "ACCEPTED", null));
    }
    rows.add(article("Q4-lq", "2025-11-18", "LOW_QUALITY", null));
    rows.add(article("Q4-fw", "2025-12-23", "ACCEPTED", "xinhua"));
    assertThat(importAs(rows).getStatusCode()).isEqualTo(HttpStatus.OK);

    // when the quarter is settled: 3 missing weeks (40, 47, 52) → −6
    ResponseEntity<Map> settled = settle("year=2025&quarter=4");
    assertThat(settled.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(points("social", "R5.1")).isEqualTo(-6);
    assertThat(note("social", "R5.1")).contains("少报 3 条").contains("第40、47、52周");
    List<Map<String, Object>> weeks = rest.withBasicAuth("head-social", "demo").exchange(
        "/api/quota/weeks?unitCode=social&year=2025&quarter=4", HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
    assertThat(weeks).hasSize(13).filteredOn(w -> Boolean.TRUE.equals(w.get("missing")))
        .extracting(w -> w.get("isoWeek")).containsExactly(40, 47, 52);
    String processId = (String) settled.getBody().get("processInstanceId");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processId).variableName("bookedPoints")
        .singleResult().getValue().toString()).contains("社会事务办公室 R5.1 -6");

    // settling again books nothing more
    settle("year=2025&quarter=4");
    assertThat(points("social", "R5.1")).isEqualTo(-6);
    assertThat(activeEntries("social", "R5.1")).isEqualTo(1);

    // a late import fills week 47: settling again replaces the figure
    importAs(List.of(article("Q4-late", "2025-11-19", "ACCEPTED", null)));
    settle("year=2025&quarter=4");
    assertThat(points("social", "R5.1")).isEqualTo(-4);
    assertThat(activeEntries("social", "R5.1")).isEqualTo(1);
  }

  @Test
  void theYearBalanceComparesCountableArticlesWithTheProRataTarget() {
    ResponseEntity<Map> preview = settle("year=2025&preview=true");
    assertThat(preview.getBody()).containsEntry("provisional", true);
    List<Map<String, Object>> units = (List<Map<String, Object>>) preview.getBody().get("units");
    // economy: two informants all year, target 100, no article in 2025 → 100 × −5
    assertThat(units).filteredOn(u -> u.get("unitCode").equals("economy")).singleElement()
        .satisfies(u -> assertThat(u).containsEntry("ruleId", "R8.2").containsEntry("points", -500));
    assertThat(activeEntries("economy", "R8.2")).isZero();
  }

  @Test
  void anUnfinishedPeriodIsOnlyPreviewed() {
    ResponseEntity<Map> refused = settle("year=2099&quarter=1");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").toString()).contains("尚未结束").contains("preview=true");
    assertThat(rest.withBasicAuth("inf-social", "demo").exchange("/api/settlements?year=2025&quarter=4",
        HttpMethod.POST, HttpEntity.EMPTY, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void timersSettleAfterEachPeriodInTheBusinessTimeZone() {
    var quarterly = management.createJobQuery().processDefinitionKey("QuarterlySettlement").timers().singleResult();
    var annual = management.createJobQuery().processDefinitionKey("AnnualSettlement").timers().singleResult();
    assertThat(quarterly.getDuedate().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalTime())
        .isEqualTo(java.time.LocalTime.of(1, 0));
    assertThat(quarterly.getDuedate().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).getDayOfMonth()).isEqualTo(1);
    assertThat(annual.getDuedate().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).getDayOfYear()).isEqualTo(1);
  }

  private static Map<String, Object> article(String id, String day, String outcome, String forwardedFrom) {
    Map<String, Object> a = new java.util.HashMap<>(Map.of("externalId", "settle-" + id, "unitCode", "social",
        "informant", "inf-social", "title", "社会事务办公室工作信息", "itemClass", "ORDINARY",
        "submittedAt", day + "T10:00:00+08:00", "outcome", outcome, "adoptions", List.of()));
    if (forwardedFrom != null) {
      a.put("forwardedFromUnit", forwardedFrom);
    }
    return a;
  }

  private ResponseEntity<Map> importAs(List<Map<String, Object>> rows) {
    return rest.withBasicAuth("editor-liu", "demo").exchange("/api/import", HttpMethod.POST,
        new HttpEntity<>(Map.of("articles", rows)), Map.class);
  }

  private ResponseEntity<Map> settle(String query) {
    return rest.withBasicAuth("editor-liu", "demo").exchange("/api/settlements?" + query, HttpMethod.POST,
        HttpEntity.EMPTY, Map.class);
  }

  private int points(String unit, String rule) {
    return jdbc.queryForObject("select coalesce(sum(points), 0) from pd_ledger_entry where unit_code = ? and rule_id = ? "
        + "and superseded_at is null and occurred_on between '2025-01-01' and '2025-12-31'", Integer.class, unit, rule);
  }

  private int activeEntries(String unit, String rule) {
    return jdbc.queryForObject("select count(*) from pd_ledger_entry where unit_code = ? and rule_id = ? "
        + "and superseded_at is null and occurred_on between '2025-01-01' and '2025-12-31'", Integer.class, unit, rule);
  }

  private String note(String unit, String rule) {
    return jdbc.queryForObject("select note from pd_ledger_entry where unit_code = ? and rule_id = ? "
        + "and superseded_at is null and occurred_on between '2025-01-01' and '2025-12-31'", String.class, unit, rule);
  }
}
