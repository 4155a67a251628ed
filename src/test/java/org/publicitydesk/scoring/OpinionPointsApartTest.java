package org.publicitydesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicitydesk.TestImports.adoption;
import static org.publicitydesk.TestImports.article;
import static org.publicitydesk.TestImports.importRecords;
import static org.publicitydesk.TestImports.list;
import static org.publicitydesk.TestImports.opinion;
import static org.publicitydesk.TestImports.unit;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * R9 is scored separately (分数另计, rules.md R9 decisions): {@code points}/{@code rank} of {@code /api/scores} are R4–R8,
 * {@code opinionPoints}/{@code opinionRank} R9 ranked among the communities; and a month's scores ({@code month=}).
 *
 * <pre>
 * 2063 (weekends-only calendar), the year LedgerTraceTest scores too: each class sees only its own data
 * 经济发展办公室  article, provincial brief published 19 Jan                    R4 40               → points 40
 * 东风社区        article, city brief published  9 Feb                          R4 30               → points 30
 *                 3 reports on time and accepted 5–7 Feb, one in the bulletin   R9.1 30, R9.3 15    → opinion 45
 * 和平社区        1 report on time and accepted 11 Jan                          R9.1 10             → opinion 10
 * Year:     points  经济 40 #1, 东风 30 #2, the other six 0 #3  (with R9 added 东风 would be first with 75)
 *           opinion 东风 45 #1, 和平 10 #2, 新华 0 #3, 迎宾 0 #3; departments opinionPoints 0, opinionRank null
 * January:  经济 40 #1, 东风 0; opinion 和平 10 #1, 东风 0 #2
 * February: 东风 30 #1, 经济 0 #2; opinion 东风 45 #1, 和平 0 #2
 * </pre>
 */
@PublicityDeskTest
class OpinionPointsApartTest {

  @Autowired
  TestRestTemplate rest;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void opinionPointsAreTheirOwnTotalWithTheirOwnRankAmongCommunities() {
    // given
    // recorded once published: the engine's clock after the adoptions
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2064-01-01T02:00:00Z")));
    importRecords(rest, List.of(
        article("SEP-E1", "economy", "inf-economy", "2063-01-09", "ACCEPTED",
            List.of(adoption("PROVINCIAL", "大众日报", "BRIEF", "NONE", "2063-01-19"))),
        article("SEP-D1", "dongfeng", "inf-dongfeng", "2063-02-02", "ACCEPTED",
            List.of(adoption("CITY", "市日报", "BRIEF", "NONE", "2063-02-09")))),
        List.of(opinion("SEP-O1", "dongfeng", "2063-02-05T09:00:00+08:00", true),
            opinion("SEP-O2", "dongfeng", "2063-02-06T09:00:00+08:00", false),
            opinion("SEP-O3", "dongfeng", "2063-02-07T09:00:00+08:00", false),
            opinion("SEP-O4", "heping", "2063-01-11T09:00:00+08:00", false)));

    // when
    List<Map<String, Object>> year = list(rest, "/api/scores?year=2063");

    // then: the ranking is R4–R8 only
    assertThat(year).extracting(s -> s.get("unitCode") + ":" + s.get("points") + ":#" + s.get("rank")).startsWith(
        "economy:40:#1", "dongfeng:30:#2").contains("heping:0:#3", "office:0:#3");
    assertThat(unit(year, "dongfeng")).containsEntry("opinionPoints", 45).containsEntry("opinionRank", 1)
        .containsEntry("breakdown", Map.of("R4", 30, "R9.1", 30, "R9.3", 15));
    assertThat(unit(year, "heping")).containsEntry("opinionPoints", 10).containsEntry("opinionRank", 2);
    assertThat(unit(year, "xinhua")).containsEntry("opinionPoints", 0).containsEntry("opinionRank", 3);
    assertThat(unit(year, "yingbin")).containsEntry("opinionPoints", 0).containsEntry("opinionRank", 3);
    assertThat(unit(year, "economy")).containsEntry("opinionPoints", 0).containsEntry("opinionRank", null);

    // and per month
    List<Map<String, Object>> january = list(rest, "/api/scores?year=2063&month=1");
    assertThat(unit(january, "economy")).containsEntry("points", 40).containsEntry("rank", 1);
    assertThat(unit(january, "dongfeng")).containsEntry("points", 0).containsEntry("opinionPoints", 0)
        .containsEntry("opinionRank", 2);
    assertThat(unit(january, "heping")).containsEntry("opinionPoints", 10).containsEntry("opinionRank", 1);
    List<Map<String, Object>> february = list(rest, "/api/scores?year=2063&month=2");
    assertThat(unit(february, "dongfeng")).containsEntry("points", 30).containsEntry("rank", 1)
        .containsEntry("opinionPoints", 45).containsEntry("opinionRank", 1);
    assertThat(unit(february, "economy")).containsEntry("points", 0).containsEntry("rank", 2);
    assertThat(unit(february, "heping")).containsEntry("opinionPoints", 0).containsEntry("opinionRank", 2);
  }

  @Test
  void aQuarterAndAMonthTogetherOrAMonthOutOfRangeAreRefusedInChinese() {
    ResponseEntity<Map> both = rest.withBasicAuth("editor-liu", "demo")
        .getForEntity("/api/scores?year=2063&quarter=1&month=2", Map.class);
    assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(both.getBody().get("detail").toString()).contains("只能给出一个");
    ResponseEntity<Map> thirteen = rest.withBasicAuth("editor-liu", "demo")
        .getForEntity("/api/scores?year=2063&month=13", Map.class);
    assertThat(thirteen.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(thirteen.getBody().get("detail").toString()).contains("月份应为 1—12");
  }
}
