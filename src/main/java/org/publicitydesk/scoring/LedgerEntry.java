package org.publicitydesk.scoring;

import java.time.LocalDate;

/** A line of the points ledger (contract {@code GET /api/ledger}). */
public record LedgerEntry(long id, String unitCode, String informant, String ruleId, int points, LocalDate occurredOn,
    String sourceType, String sourceId, String note) {
}
