package org.publicitydesk.quota.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

/** The periods settled so far ({@code pd_settled_period}). */
interface SettledPeriodRepository extends JpaRepository<SettledPeriodEntity, String> {

  default void markSettled(String periodKey) {
    SettledPeriodEntity p = findById(periodKey).orElseGet(SettledPeriodEntity::new);
    p.periodKey = periodKey;
    p.settledAt = Instant.now();
    save(p);
  }
}
