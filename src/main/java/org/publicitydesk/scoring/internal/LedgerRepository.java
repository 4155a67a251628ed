package org.publicitydesk.scoring.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LedgerRepository extends JpaRepository<LedgerEntryEntity, Long> {

  /**
   * The active lines of a source; asked per scoring: JPQL with single values, whose translation Hibernate keeps (not so
   * with a list parameter, whose SQL depends on the list's length; issue 17).
   */
  @org.springframework.data.jpa.repository.Query("select e from LedgerEntryEntity e where e.sourceType = :sourceType"
      + " and e.sourceId = :sourceId and e.supersededAt is null")
  List<LedgerEntryEntity> findCurrent(String sourceType, String sourceId);

  /** The active lines of these sources (a settlement); one source: {@link #findCurrent}. */
  @org.springframework.data.jpa.repository.Query("select e from LedgerEntryEntity e where e.sourceType = :sourceType"
      + " and e.sourceId in :sourceIds and e.supersededAt is null")
  List<LedgerEntryEntity> findBySourceTypeAndSourceIdInAndSupersededAtIsNull(String sourceType,
      java.util.Collection<String> sourceIds);

  List<LedgerEntryEntity> findByUnitCodeAndOccurredOnBetweenAndSupersededAtIsNullOrderByOccurredOnAscIdAsc(
      String unitCode, LocalDate from, LocalDate to);

  /** Article id (as text) and unit of the active lines of this source type in a period. */
  @org.springframework.data.jpa.repository.Query("select e.sourceId, e.unitCode from LedgerEntryEntity e"
      + " where e.sourceType = :sourceType and e.occurredOn between :from and :to and e.supersededAt is null")
  List<Object[]> sourcesAndUnits(String sourceType, LocalDate from, LocalDate to);

  /** The active lines of a period as values, not entities (a city year has hundreds of thousands). */
  @org.springframework.data.jpa.repository.Query("select e.id, e.unitCode, e.informant, e.ruleId, e.points, e.occurredOn,"
      + " e.sourceType, e.sourceId, e.articleNumber, e.externalId, e.note from LedgerEntryEntity e"
      + " where e.occurredOn between :from and :to and e.supersededAt is null")
  List<Object[]> activeLines(LocalDate from, LocalDate to);

  @org.springframework.data.jpa.repository.Query("select e.unitCode, e.ruleId, sum(e.points) from LedgerEntryEntity e "
      + "where e.occurredOn between :from and :to and e.supersededAt is null group by e.unitCode, e.ruleId")
  List<Object[]> sumByUnitAndRule(LocalDate from, LocalDate to);
}
