package org.publicitydesk.scoring.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.publicitydesk.scoring.LedgerEntry;

/** A ledger line; never changed except to mark it superseded by a later scoring of the same source. */
@Entity
@Table(name = "pd_ledger_entry")
class LedgerEntryEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger")
  @SequenceGenerator(name = "ledger", sequenceName = "pd_ledger_entry_seq", allocationSize = 50)
  Long id;
  String unitCode;
  String informant;
  String ruleId;
  int points;
  LocalDate occurredOn;
  String sourceType;
  String sourceId;
  String articleNumber;
  String externalId;
  String note;
  Instant bookedAt;
  Instant supersededAt;

  LedgerEntry toEntry() {
    return new LedgerEntry(id, unitCode, informant, ruleId, points, occurredOn, sourceType, sourceId, articleNumber,
        externalId, note);
  }
}
