package org.publicitydesk.opinion.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpinionReportRepository extends JpaRepository<OpinionReportEntity, Long> {

  Optional<OpinionReportEntity> findByProcessInstanceId(String processInstanceId);

  List<OpinionReportEntity> findByExternalIdIn(java.util.Collection<String> externalIds);

  /** 已办: the reports a person checked, and those whose bulletin adoption the person recorded, newest first. */
  List<OpinionReportEntity> findTop100ByCheckedByOrderByDecidedAtDesc(String user);

  List<OpinionReportEntity> findTop100ByBulletinByOrderByBulletinAtDesc(String user);

  List<OpinionReportEntity> findBySubmittedAtGreaterThanEqualAndSubmittedAtLessThanOrderBySubmittedAt(Instant from,
      Instant to);

  /** The facts the figures are counted from: unit, submission time, status, adopted in the bulletin. */
  @Query("""
      select r.unitCode, r.submittedAt, r.status, r.bulletinAdopted from OpinionReportEntity r
      where r.submittedAt >= :from and r.submittedAt < :to""")
  List<Object[]> facts(Instant from, Instant to);

  /** What a re-evaluation needs to know of each report: id, submission time, the on-time flag it was scored with. */
  @Query("""
      select r.id, r.submittedAt, r.onTime from OpinionReportEntity r
      where r.submittedAt >= :from and r.submittedAt < :to""")
  List<Object[]> flags(Instant from, Instant to);
}
