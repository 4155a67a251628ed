package org.publicitydesk.scoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.scoring.Ledger;
import org.publicitydesk.scoring.LedgerEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Ledger} over pd_ledger_entry. Booking the same lines again changes nothing (no churn on re-scoring); a change
 * is announced to the people of the units concerned ({@link PointsNotices}).
 */
@Service
@Transactional
class JpaLedger implements Ledger {

  private final LedgerRepository entries;
  private final PointsNotices notices;
  private final OrganizationDirectory directory;
  private final LedgerGeneration generation;

  JpaLedger(LedgerRepository entries, PointsNotices notices, OrganizationDirectory directory,
      LedgerGeneration generation) {
    this.generation = generation;
    this.entries = entries;
    this.notices = notices;
    this.directory = directory;
  }

  @Override
  public void book(String sourceType, String sourceId, List<Booking> bookings) {
    bookAll(sourceType, Map.of(sourceId, bookings));
  }

  @Override
  public void bookAll(String sourceType, Map<String, List<Booking>> bookingsBySource) {
    Map<String, List<LedgerEntryEntity>> current = new HashMap<>();
    List<String> ids = List.copyOf(bookingsBySource.keySet());
    for (int from = 0; from < ids.size(); from += 1000) {
      List<String> some = ids.subList(from, Math.min(ids.size(), from + 1000));
      (some.size() == 1 ? entries.findCurrent(sourceType, some.get(0))
          : entries.findBySourceTypeAndSourceIdInAndSupersededAtIsNull(sourceType, some))
          .stream().sorted(Comparator.comparing(e -> e.id))
          .forEach(e -> current.computeIfAbsent(e.sourceId, k -> new ArrayList<>()).add(e));
    }
    Instant now = Instant.now();
    Function<String, Optional<UnitInfo>> units = bookingsBySource.size() == 1 ? directory::unit : allUnits();
    bookingsBySource.forEach((sourceId, bookings) -> replace(sourceType, sourceId,
        current.getOrDefault(sourceId, List.of()), bookings, now, units));
  }

  /** The whole organisation, read on first use: a settlement of 1,000 units would otherwise ask 1,000 times. */
  private Function<String, Optional<UnitInfo>> allUnits() {
    Map<String, UnitInfo> units = new HashMap<>();
    return code -> {
      if (units.isEmpty()) {
        directory.units().forEach(u -> units.put(u.code(), u));
      }
      return Optional.ofNullable(units.get(code));
    };
  }

  private void replace(String sourceType, String sourceId, List<LedgerEntryEntity> current, List<Booking> bookings,
      Instant now, Function<String, Optional<UnitInfo>> units) {
    List<Booking> existing = current.stream()
        .map(e -> new Booking(e.unitCode, e.informant, e.ruleId, e.points, e.occurredOn, e.note, e.articleNumber,
            e.externalId))
        .toList();
    if (Objects.equals(existing, bookings)) {
      return;
    }
    generation.changing();
    current.forEach(e -> e.supersededAt = now);
    for (Booking b : bookings) {
      LedgerEntryEntity e = new LedgerEntryEntity();
      e.unitCode = b.unitCode();
      e.informant = b.informant();
      e.ruleId = b.ruleId();
      e.points = b.points();
      e.occurredOn = b.occurredOn();
      e.sourceType = sourceType;
      e.sourceId = sourceId;
      e.articleNumber = b.articleNumber();
      e.externalId = b.externalId();
      e.note = b.note().length() > 500 ? b.note().substring(0, 500) : b.note();
      e.bookedAt = now;
      entries.save(e);
    }
    notices.booked(existing, bookings, units);
  }

  @Override
  @Transactional(readOnly = true)
  public List<LedgerEntry> active(String unitCode, LocalDate from, LocalDate to) {
    return entries.findByUnitCodeAndOccurredOnBetweenAndSupersededAtIsNullOrderByOccurredOnAscIdAsc(unitCode, from, to)
        .stream().map(LedgerEntryEntity::toEntry).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<RuleTotal> totals(LocalDate from, LocalDate to) {
    return entries.sumByUnitAndRule(from, to).stream()
        .map(r -> new RuleTotal((String) r[0], (String) r[1], ((Number) r[2]).intValue())).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<ArticleLine> articleLines(LocalDate from, LocalDate to) {
    return entries.sourcesAndUnits(ARTICLE, from, to).stream()
        .map(r -> new ArticleLine(Long.parseLong((String) r[0]), (String) r[1])).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<LedgerEntry> active(LocalDate from, LocalDate to) {
    return entries.activeLines(from, to).stream().map(r -> new LedgerEntry(((Number) r[0]).longValue(), (String) r[1],
        (String) r[2], (String) r[3], ((Number) r[4]).intValue(), (LocalDate) r[5], (String) r[6], (String) r[7],
        (String) r[8], (String) r[9], (String) r[10])).toList();
  }
}
