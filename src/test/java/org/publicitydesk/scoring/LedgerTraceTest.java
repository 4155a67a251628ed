package org.publicitydesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicitydesk.TestImports.adoption;
import static org.publicitydesk.TestImports.article;
import static org.publicitydesk.TestImports.importRecords;
import static org.publicitydesk.TestImports.list;
import static org.publicitydesk.TestImports.opinion;

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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * A ledger a person can trace (contract {@code GET /api/ledger}, {@code POST /api/import}): article lines carry the
 * article's number, lines of imported records their {@code externalId}, R5.1 lines the informant.
 *
 * <pre>
 * Q1 2063 (weekends-only calendar; 1 January is a Monday): 13 working ISO weeks, numbered 1–13.
 * 经济发展办公室 卫佳琪 (inf-economy): accepted articles on Wed 3 Jan (week 1) and Wed 7 Feb (week 6); the first
 *   adopted as a city long article published 9 Jan → R4 60. Missed weeks 2–5 and 7–13: 11 × −2 = −22.
 * 蒋浩然 (inf-economy-2): nothing → 13 × −2 = −26.  The unit: R5.1 −48 in two lines, one per informant.
 * 东风社区: a report on time on Mon 8 Jan, adopted in the bulletin → R9.1 10 and R9.3 15, each with its externalId.
 * </pre>
 */
@PublicityDeskTest
class LedgerTraceTest {

  @Autowired
  TestRestTemplate rest;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void ledgerLinesNameTheArticleTheImportedRecordAndTheInformantOfEachMissedWeek() {
    // given (recorded once published and settled: the engine's clock after the quarter)
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2063-04-02T10:00:00+08:00").toInstant()));
    Map<String, Object> answer = importRecords(rest, List.of(
        article("TRACE-E1", "economy", "inf-economy", "2063-01-03", "ACCEPTED",
            List.of(adoption("CITY", "市日报", "LONG", "NONE", "2063-01-09"))),
        article("TRACE-E2", "economy", "inf-economy", "2063-02-07", "ACCEPTED", List.of())),
        List.of(opinion("TRACE-O1", "dongfeng", "2063-01-08T09:00:00+08:00", true)));
    Map<String, String> numbers = (Map<String, String>) answer.get("articleNumbers");
    assertThat(numbers).containsOnlyKeys("TRACE-E1", "TRACE-E2");
    assertThat(numbers.get("TRACE-E1")).matches("\\d{4}-\\d{6}");
    assertThat((Map<String, String>) answer.get("opinionReportNumbers")).containsOnlyKeys("TRACE-O1");

    // when the quarter is settled
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2063-04-02T10:00:00+08:00").toInstant()));
    assertThat(rest.withBasicAuth("editor-liu", "demo").exchange("/api/settlements?year=2063&quarter=1",
        HttpMethod.POST, HttpEntity.EMPTY, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    // then
    List<Map<String, Object>> economy = list(rest, "/api/ledger?unitCode=economy&year=2063");
    assertThat(economy).filteredOn(e -> e.get("ruleId").equals("R4")).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("points", 60).containsEntry("articleNumber", numbers.get("TRACE-E1"))
        .containsEntry("externalId", "TRACE-E1").containsEntry("informant", "inf-economy"));
    List<Map<String, Object>> missed = economy.stream().filter(e -> e.get("ruleId").equals("R5.1")).toList();
    assertThat(missed).extracting(e -> e.get("informant") + ":" + e.get("points"))
        .containsExactlyInAnyOrder("inf-economy:-22", "inf-economy-2:-26");
    assertThat(missed).filteredOn(e -> e.get("informant").equals("inf-economy")).singleElement()
        .satisfies(e -> assertThat(e.get("note").toString()).contains("卫佳琪少报 11 条", "第2、3、4、5、7、8、9、10、11、12、13周"));
    assertThat(missed).allSatisfy(e -> assertThat(e).containsEntry("occurredOn", "2063-03-31")
        .containsEntry("articleNumber", null).containsEntry("externalId", null));

    List<Map<String, Object>> dongfeng = list(rest, "/api/ledger?unitCode=dongfeng&year=2063");
    assertThat(dongfeng).filteredOn(e -> e.get("ruleId").toString().startsWith("R9."))
        .extracting(e -> e.get("ruleId") + ":" + e.get("points") + ":" + e.get("externalId") + ":" + e.get("articleNumber"))
        .containsExactlyInAnyOrder("R9.1:10:TRACE-O1:null", "R9.3:15:TRACE-O1:null");
    // the unit's total is unchanged by the split: −48
    assertThat((Map<String, Integer>) org.publicitydesk.TestImports.unit(list(rest, "/api/scores?year=2063&quarter=1"),
        "economy").get("breakdown")).containsEntry("R4", 60).containsEntry("R5.1", -48);
  }
}
