package org.publicitydesk.scoring.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number that every transaction changing the active ledger lines counts up, in that transaction
 * ({@code pd_ledger_generation}, one row): a result computed from the lines after reading generation g is current as
 * long as the generation is still g, on every node of a cluster. The row is updated just before the commit, so a
 * transaction holds its lock only while committing. {@link LedgerScores} keeps its rankings by it (issue 17: a city
 * year's ranking sums a quarter of a million lines).
 */
@Component
class LedgerGeneration {

  static final long UNKNOWN = Long.MIN_VALUE;
  private static final Object BUMPED = LedgerGeneration.class.getName() + ".bumped";

  private final JdbcTemplate jdbc;

  LedgerGeneration(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The generation now; {@link #UNKNOWN} without the row (nothing may then be kept by it). */
  long current() {
    List<Long> generation = jdbc.queryForList("select generation from pd_ledger_generation where id = 1", Long.class);
    return generation.isEmpty() ? UNKNOWN : generation.get(0);
  }

  /** Called in a transaction that changes ledger lines: the generation is counted up once, before it commits. */
  void changing() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      bump();
      return;
    }
    if (TransactionSynchronizationManager.hasResource(BUMPED)) {
      return;
    }
    TransactionSynchronizationManager.bindResource(BUMPED, Boolean.TRUE);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        bump();
      }

      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(BUMPED);
      }
    });
  }

  /** Whether this transaction has changed ledger lines it has not committed yet (what it reads is its own). */
  boolean changedInThisTransaction() {
    return TransactionSynchronizationManager.isSynchronizationActive()
        && TransactionSynchronizationManager.hasResource(BUMPED);
  }

  private void bump() {
    jdbc.update("update pd_ledger_generation set generation = generation + 1 where id = 1");
  }
}
