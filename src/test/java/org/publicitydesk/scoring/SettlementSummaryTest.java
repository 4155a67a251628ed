package org.publicitydesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The settlement summary fits Camunda's 4,000-character string column whatever the number of units. */
class SettlementSummaryTest {

  @Test
  void aFewUnitsAreAllNamed() {
    assertThat(SettlementSummary.of(List.of("社会事务办公室 R5.1 -6", "东风社区 R5.1 -2")))
        .isEqualTo("社会事务办公室 R5.1 -6;东风社区 R5.1 -2");
    assertThat(SettlementSummary.of(List.of())).isEqualTo("无增减分");
  }

  @Test
  void aThousandUnitsAreCutWithTheCountOfTheRest() {
    List<String> lines = IntStream.rangeClosed(1, 1000).mapToObj(i -> "社区c%04d R5.1 -%d".formatted(i, i % 90)).toList();
    String summary = SettlementSummary.of(lines);
    assertThat(summary.length()).isLessThanOrEqualTo(4000);
    assertThat(summary).startsWith("社区c0001 R5.1 -1;社区c0002 R5.1 -2;");
    int named = summary.split(";").length;
    assertThat(summary).endsWith("…另有 " + (1000 - named) + " 个单位,详见积分台账");
  }
}
