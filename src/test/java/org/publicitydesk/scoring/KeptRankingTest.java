package org.publicitydesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.scoring.Ledger.Booking;
import org.publicitydesk.scoring.Scores.UnitScore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A ranking is kept until the ledger's lines change (issue 17, {@code pd_ledger_generation}): asked again, the same
 * one; after a booking that changes lines, or a change committed by another node, computed again; a booking that
 * changes nothing keeps it; a transaction sees its own uncommitted lines, and a rolled-back one leaves the kept
 * ranking as it was. Year 2071: no other test books in it.
 */
@PublicityDeskTest
class KeptRankingTest {

  private static final LocalDate FROM = LocalDate.of(2071, 1, 1);
  private static final LocalDate TO = LocalDate.of(2071, 12, 31);

  @Autowired
  Ledger ledger;

  @Autowired
  Scores scores;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TransactionTemplate transactions;

  @Test
  void aRankingIsKeptUntilTheLedgerChanges() {
    // given
    ledger.book("TEST", "kept-1", List.of(line("economy", 10)));
    List<UnitScore> first = scores.ranking(FROM, TO);

    // then: asked again, the same ranking
    assertThat(scores.ranking(FROM, TO)).isSameAs(first);
    assertThat(points(first, "economy")).isEqualTo(10);

    // when a booking changes lines: computed again
    ledger.book("TEST", "kept-2", List.of(line("dongfeng", 5)));
    List<UnitScore> second = scores.ranking(FROM, TO);
    assertThat(second).isNotSameAs(first);
    assertThat(points(second, "dongfeng")).isEqualTo(5);

    // when the same lines are booked again (no change): kept
    ledger.book("TEST", "kept-2", List.of(line("dongfeng", 5)));
    assertThat(scores.ranking(FROM, TO)).isSameAs(second);

    // when a transaction books and is rolled back: it sees its own line, the kept ranking stays
    transactions.executeWithoutResult(status -> {
      ledger.book("TEST", "kept-3", List.of(line("economy", 7)));
      assertThat(points(scores.ranking(FROM, TO), "economy")).isEqualTo(17);
      status.setRollbackOnly();
    });
    assertThat(scores.ranking(FROM, TO)).isSameAs(second);

    // when another node changes the ledger (here: its generation counted up as that node's booking would)
    jdbc.update("update pd_ledger_generation set generation = generation + 1 where id = 1");
    assertThat(scores.ranking(FROM, TO)).isNotSameAs(second).isEqualTo(second);
  }

  private static Booking line(String unit, int points) {
    return new Booking(unit, null, "R4", points, LocalDate.of(2071, 3, 1), "测试");
  }

  private static int points(List<UnitScore> ranking, String unit) {
    return ranking.stream().filter(s -> s.unitCode().equals(unit)).findFirst().orElseThrow().points();
  }
}
