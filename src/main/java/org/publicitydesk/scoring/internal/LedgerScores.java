package org.publicitydesk.scoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.UnitKind;
import org.publicitydesk.scoring.Ledger;
import org.publicitydesk.scoring.Scores;
import org.springframework.stereotype.Service;

/**
 * {@link Scores} from the active ledger lines of the period, one row for every unit of the organisation. A ranking is
 * kept until the ledger's lines change ({@link LedgerGeneration}, also by another node) or the organisation does: a
 * city year sums a quarter of a million lines (PostgreSQL: 66 ms of the database's time for each request, issue 17).
 */
@Service
class LedgerScores implements Scores {

  private final Ledger ledger;
  private final OrganizationDirectory directory;
  private final LedgerGeneration generation;
  private final Map<List<LocalDate>, Kept> kept = new ConcurrentHashMap<>();

  /** A ranking, the ledger generation it was computed at and the organisation's units it ranks. */
  private record Kept(long generation, List<UnitInfo> units, List<UnitScore> ranking) {
  }

  LedgerScores(Ledger ledger, OrganizationDirectory directory, LedgerGeneration generation) {
    this.ledger = ledger;
    this.directory = directory;
    this.generation = generation;
  }

  @Override
  public List<UnitScore> ranking(LocalDate from, LocalDate to) {
    if (generation.changedInThisTransaction()) {
      return compute(from, to, directory.units());
    }
    // the generation read before the lines: a change committed in between is seen as a newer generation next time
    long now = generation.current();
    List<UnitInfo> units = directory.units();
    List<LocalDate> period = List.of(from, to);
    Kept known = kept.get(period);
    if (known != null && known.generation() == now && known.units() == units) {
      return known.ranking();
    }
    List<UnitScore> ranking = compute(from, to, units);
    kept.values().removeIf(k -> k.generation() != now);
    if (now != LedgerGeneration.UNKNOWN && kept.size() < 64) {
      kept.put(period, new Kept(now, units, ranking));
    }
    return ranking;
  }

  private List<UnitScore> compute(LocalDate from, LocalDate to, List<UnitInfo> units) {
    Map<String, Map<String, Integer>> byUnit = new HashMap<>();
    // summed by the database: a city's year is some 400,000 lines
    for (Ledger.RuleTotal t : ledger.totals(from, to)) {
      byUnit.computeIfAbsent(t.unitCode(), u -> new TreeMap<>()).merge(t.ruleId(), t.points(), Integer::sum);
    }
    List<UnitScore> scores = new ArrayList<>();
    for (UnitInfo unit : units) {
      Map<String, Integer> breakdown = Collections.unmodifiableMap(byUnit.getOrDefault(unit.code(), new TreeMap<>()));
      int points = sum(breakdown, false);
      int opinion = sum(breakdown, true);
      scores.add(new UnitScore(unit.code(), unit.name(), points, 0, opinion,
          unit.kind() == UnitKind.COMMUNITY ? 0 : null, breakdown));
    }
    Map<String, Integer> opinionRanks = ranks(scores.stream().filter(s -> s.opinionRank() != null).toList(),
        UnitScore::opinionPoints);
    Map<String, Integer> ranks = ranks(scores, UnitScore::points);
    return scores.stream().map(s -> new UnitScore(s.unitCode(), s.unitName(), s.points(), ranks.get(s.unitCode()),
        s.opinionPoints(), opinionRanks.get(s.unitCode()), s.breakdown()))
        .sorted(Comparator.comparingInt(UnitScore::rank)).toList();
  }

  private static int sum(Map<String, Integer> breakdown, boolean opinion) {
    return breakdown.entrySet().stream().filter(e -> Scores.opinionRule(e.getKey()) == opinion)
        .mapToInt(Map.Entry::getValue).sum();
  }

  /** Standard competition ranking by the given points, highest first: equal points, equal rank (1, 2, 2, 4). */
  private static Map<String, Integer> ranks(List<UnitScore> scores, ToIntFunction<UnitScore> points) {
    List<UnitScore> sorted = scores.stream().sorted(Comparator.comparingInt(points).reversed()).toList();
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      boolean tie = i > 0 && points.applyAsInt(sorted.get(i - 1)) == points.applyAsInt(sorted.get(i));
      ranks.put(sorted.get(i).unitCode(), tie ? ranks.get(sorted.get(i - 1).unitCode()) : i + 1);
    }
    return ranks;
  }
}
