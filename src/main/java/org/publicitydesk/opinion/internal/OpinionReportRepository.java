package org.publicitydesk.opinion.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpinionReportRepository extends JpaRepository<OpinionReportEntity, Long> {

  Optional<OpinionReportEntity> findByProcessInstanceId(String processInstanceId);

  Optional<OpinionReportEntity> findByExternalId(String externalId);

  List<OpinionReportEntity> findBySubmittedAtGreaterThanEqualAndSubmittedAtLessThanOrderBySubmittedAt(Instant from,
      Instant to);

  /** Per unit: submitted, on time, accepted, low quality, countable (on time and accepted), adopted in the bulletin. */
  @Query("""
      select r.unitCode, count(r), sum(case when r.onTime = true then 1 else 0 end),
        sum(case when r.status = 'ACCEPTED' then 1 else 0 end), sum(case when r.status = 'LOW_QUALITY' then 1 else 0 end),
        sum(case when r.onTime = true and r.status = 'ACCEPTED' then 1 else 0 end),
        sum(case when r.bulletinAdopted = true and r.status = 'ACCEPTED' then 1 else 0 end)
      from OpinionReportEntity r where r.submittedAt >= :from and r.submittedAt < :to group by r.unitCode""")
  List<Object[]> countByUnit(Instant from, Instant to);
}
