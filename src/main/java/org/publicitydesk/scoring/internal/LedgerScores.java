package org.publicitydesk.scoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.scoring.Ledger;
import org.publicitydesk.scoring.Scores;
import org.springframework.stereotype.Service;

/** {@link Scores} from the active ledger lines of the period, one row for every unit of the organisation. */
@Service
class LedgerScores implements Scores {

  private final Ledger ledger;
  private final OrganizationDirectory directory;

  LedgerScores(Ledger ledger, OrganizationDirectory directory) {
    this.ledger = ledger;
    this.directory = directory;
  }

  @Override
  public List<UnitScore> ranking(LocalDate from, LocalDate to) {
    Map<String, Map<String, Integer>> byUnit = new HashMap<>();
    // summed by the database: a city's year is some 400,000 lines
    for (Ledger.RuleTotal t : ledger.totals(from, to)) {
      byUnit.computeIfAbsent(t.unitCode(), u -> new TreeMap<>()).merge(t.ruleId(), t.points(), Integer::sum);
    }
    List<UnitScore> unranked = new ArrayList<>();
    for (UnitInfo unit : directory.units()) {
      Map<String, Integer> breakdown = byUnit.getOrDefault(unit.code(), new TreeMap<>());
      int points = breakdown.values().stream().mapToInt(Integer::intValue).sum();
      unranked.add(new UnitScore(unit.code(), unit.name(), points, 0, breakdown));
    }
    unranked.sort(Comparator.comparingInt(UnitScore::points).reversed());
    List<UnitScore> ranked = new ArrayList<>();
    for (int i = 0; i < unranked.size(); i++) {
      UnitScore s = unranked.get(i);
      // standard competition ranking: equal points, equal rank (1, 2, 2, 4)
      int rank = i > 0 && unranked.get(i - 1).points() == s.points() ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new UnitScore(s.unitCode(), s.unitName(), s.points(), rank, s.breakdown()));
    }
    return ranked;
  }
}
