package org.publicitydesk.scoring;

import java.time.LocalDate;

/**
 * A line of the points ledger (contract {@code GET /api/ledger}): {@code articleNumber} on article lines (R4, R7),
 * {@code externalId} on lines of imported records, {@code informant} also on R5.1 lines (one per informant and quarter).
 */
public record LedgerEntry(long id, String unitCode, String informant, String ruleId, int points, LocalDate occurredOn,
    String sourceType, String sourceId, String articleNumber, String externalId, String note) {
}
