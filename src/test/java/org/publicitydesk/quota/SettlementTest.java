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
  @Autowired
  Settlements settlements;

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
  void aReportReadsTheQuotaFiguresTheSettlementCountedAndCountsThemItselfWhileTheQuarterIsUnsettled() {
    // given: Q2 2025 has the 13 ISO weeks from 31 March to 29 June; social submits in weeks 15, 16 and 20
    assertThat(importAs(List.of(article("Q2-a", "2025-04-08", "ACCEPTED", null),
        article("Q2-b", "2025-04-15", "ACCEPTED", null), article("Q2-c", "2025-05-13", "ACCEPTED", null)))
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    // unsettled: the figures are counted now, as the settlement's preview counts them (it books nothing)
    assertThat(settlements.settled(2025, 2)).isFalse();
    assertThat(settlements.quota(2025, 2)).isEqualTo(counted(2025, 2))
        .containsEntry("social", new Settlements.Quota(3, 13, 10));

    // when the quarter is settled: what it counted is kept, and equals what is counted again, for every unit
    settle("year=2025&quarter=2");
    assertThat(jdbc.queryForObject("select count(*) from pd_settled_quota where period_key = '2025-Q2'",
        Integer.class)).isEqualTo(counted(2025, 2).size()).isGreaterThan(1);
    assertThat(settlements.quota(2025, 2)).isEqualTo(counted(2025, 2))
        .containsEntry("social", new Settlements.Quota(3, 13, 10));
    assertThat(points("social", "R5.1", "2025-Q2")).isEqualTo(-20);

    // a late import fills week 17: counting again would say 4 of 13, but a report keeps what was settled and booked
    // (10 missing, −20) until the quarter is settled again
    importAs(List.of(article("Q2-late", "2025-04-22", "ACCEPTED", null)));
    assertThat(counted(2025, 2)).containsEntry("social", new Settlements.Quota(4, 13, 9));
    assertThat(settlements.quota(2025, 2)).containsEntry("social", new Settlements.Quota(3, 13, 10));
    settle("year=2025&quarter=2");
    assertThat(settlements.quota(2025, 2)).isEqualTo(counted(2025, 2))
        .containsEntry("social", new Settlements.Quota(4, 13, 9));
    assertThat(points("social", "R5.1", "2025-Q2")).isEqualTo(-18);
  }

  /** The quota figures counted now (the settlement's preview), by unit. */
  private Map<String, Settlements.Quota> counted(int year, int quarter) {
    Map<String, Settlements.Quota> byUnit = new java.util.HashMap<>();
    settlements.quarter(year, quarter, true).units().forEach(u -> byUnit.put(u.unitCode(),
        new Settlements.Quota(u.countable(), u.target(), u.shortfall())));
    return byUnit;
  }

  @Test
  void aUnitWithTwoInformantsLosesTwoPointsForEachInformantsMissingWeek() {
    // Q3 2025: 13 weeks from 30 June; inf-economy submits every week, inf-economy-2 misses weeks 30 and 35
    List<Map<String, Object>> rows = new ArrayList<>();
    java.time.LocalDate tuesday = java.time.LocalDate.of(2025, 7, 1);
    for (int week = 0; week < 13; week++, tuesday = tuesday.plusWeeks(1)) {
      rows.add(economy("Q3-a-" + week, "inf-economy", tuesday.toString()));
      int iso = tuesday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      if (iso != 30 && iso != 35) {
        rows.add(economy("Q3-b-" + week, "inf-economy-2", tuesday.toString()));
      }
    }
    assertThat(importAs(rows).getStatusCode()).isEqualTo(HttpStatus.OK);
    settle("year=2025&quarter=3");
    assertThat(jdbc.queryForObject("select points from pd_ledger_entry where source_id = 'R5.1:2025-Q3:economy' "
        + "and superseded_at is null", Integer.class)).isEqualTo(-4);
  }

  @Test
  void aUnitAboveItsAnnualTargetGainsTenPerArticle() {
    // 和平社区: one informant all of 2025, target 50; 52 countable articles → +20 (R8.1)
    List<Map<String, Object>> rows = new ArrayList<>();
    java.time.LocalDate day = java.time.LocalDate.of(2025, 1, 6);
    for (int i = 0; i < 52; i++, day = day.plusWeeks(1)) {
      Map<String, Object> a = new java.util.HashMap<>(economy("Y-" + i, "inf-heping", day.toString()));
      a.put("unitCode", "heping");
      rows.add(a);
    }
    assertThat(importAs(rows).getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> units = (List<Map<String, Object>>) settle("year=2025").getBody().get("units");
    assertThat(units).filteredOn(u -> u.get("unitCode").equals("heping")).singleElement().satisfies(u -> {
      assertThat(u).containsEntry("ruleId", "R8.1").containsEntry("points", 20);
      assertThat(u.get("note").toString()).contains("有效稿件 52 条,目标 50 条,超出 2 条");
    });
    assertThat(jdbc.queryForObject("select points from pd_ledger_entry where source_id = 'R8:2025:heping' "
        + "and superseded_at is null", Integer.class)).isEqualTo(20);
  }

  private static Map<String, Object> economy(String id, String informant, String day) {
    return Map.of("externalId", "settle-" + id, "unitCode", "economy", "informant", informant,
        "title", "工作信息", "itemClass", "ORDINARY", "submittedAt", day + "T10:00:00+08:00", "outcome", "ACCEPTED");
  }

  @Test
  void theYearBalanceComparesCountableArticlesWithTheProRataTarget() {
    int booked = jdbc.queryForObject("select count(*) from pd_ledger_entry", Integer.class);
    ResponseEntity<Map> preview = settle("year=2025&preview=true");
    assertThat(preview.getBody()).containsEntry("provisional", true);
    List<Map<String, Object>> units = (List<Map<String, Object>>) preview.getBody().get("units");
    // 党政办公室: one informant all year, target 50, no article in 2025 → 50 × −5
    assertThat(units).filteredOn(u -> u.get("unitCode").equals("office")).singleElement()
        .satisfies(u -> assertThat(u).containsEntry("ruleId", "R8.2").containsEntry("points", -250));
    // a preview books nothing
    assertThat(jdbc.queryForObject("select count(*) from pd_ledger_entry", Integer.class)).isEqualTo(booked);
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

  /** The Q4 2025 settlement of the unit (other tests settle other periods of the same year). */
  private int points(String unit, String rule) {
    return points(unit, rule, "2025-Q4");
  }

  private int points(String unit, String rule, String period) {
    return jdbc.queryForObject("select coalesce(sum(points), 0) from pd_ledger_entry where source_id = ? "
        + "and superseded_at is null", Integer.class, rule + ":" + period + ":" + unit);
  }

  private int activeEntries(String unit, String rule) {
    return jdbc.queryForObject("select count(*) from pd_ledger_entry where source_id = ? and superseded_at is null",
        Integer.class, rule + ":2025-Q4:" + unit);
  }

  private String note(String unit, String rule) {
    return jdbc.queryForObject("select note from pd_ledger_entry where source_id = ? and superseded_at is null",
        String.class, rule + ":2025-Q4:" + unit);
  }
}
