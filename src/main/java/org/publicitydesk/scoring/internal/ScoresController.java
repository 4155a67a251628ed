package org.publicitydesk.scoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.scoring.Ledger;
import org.publicitydesk.security.CurrentUser;
import org.publicitydesk.scoring.LedgerEntry;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/scores} (per unit: points, rank and points per rule, contract) and {@code GET /api/ledger} (the lines
 * behind them; a unit's own people, its supervising leader, the principal leader and the editorial office).
 */
@RestController
class ScoresController {

  private final Ledger ledger;
  private final OrganizationDirectory directory;
  private final CurrentUser user;

  ScoresController(Ledger ledger, OrganizationDirectory directory, CurrentUser user) {
    this.ledger = ledger;
    this.directory = directory;
    this.user = user;
  }

  record UnitScore(String unitCode, String unitName, int points, int rank, Map<String, Integer> breakdown) {
  }

  @GetMapping("/api/scores")
  List<UnitScore> scores(@RequestParam int year, @RequestParam(required = false) Integer quarter) {
    LocalDate[] period = period(year, quarter);
    Map<String, Map<String, Integer>> byUnit = new LinkedHashMap<>();
    // summed by the database: a city's year is some 400,000 lines
    for (Ledger.RuleTotal t : ledger.totals(period[0], period[1])) {
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

  @GetMapping("/api/ledger")
  List<LedgerEntry> ledger(@RequestParam String unitCode, @RequestParam int year) {
    UnitInfo unit = directory.unit(unitCode)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "单位 " + unitCode + " 不存在"));
    user.requireAny("您无权查看" + unit.name() + "的积分台账", Groups.EDITORIAL, Groups.PRINCIPALS, Groups.ADMIN,
        Groups.unit(unit.code()), Groups.unitSupervisor(unit.code()));
    LocalDate[] period = period(year, null);
    return ledger.active(unit.code(), period[0], period[1]);
  }

  static LocalDate[] period(int year, Integer quarter) {
    if (year < 2000 || year > 2100) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "年份 " + year + " 无效");
    }
    if (quarter == null) {
      return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    }
    if (quarter < 1 || quarter > 4) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "季度应为 1—4,收到 " + quarter);
    }
    LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    return new LocalDate[] {from, from.plusMonths(3).minusDays(1)};
  }
}
