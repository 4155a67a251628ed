package org.publicitydesk.quota.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A settled period: '2026-Q1' or '2026', with the time it was last settled. */
@Entity
@Table(name = "pd_settled_period")
class SettledPeriodEntity {

  @Id
  String periodKey;
  Instant settledAt;
}
