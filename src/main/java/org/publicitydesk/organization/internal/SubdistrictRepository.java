package org.publicitydesk.organization.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubdistrictRepository extends JpaRepository<SubdistrictEntity, Integer> {

  /** When the organisation was last loaded: its version, which every change sets. */
  @Query("select s.loadedAt from SubdistrictEntity s where s.id = :id")
  Optional<Instant> loadedAt(int id);
}
