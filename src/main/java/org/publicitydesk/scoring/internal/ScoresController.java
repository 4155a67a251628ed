package org.publicitydesk.scoring.internal;

import java.time.LocalDate;
import java.util.List;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.scoring.Ledger;
import org.publicitydesk.security.CurrentUser;
import org.publicitydesk.scoring.LedgerEntry;
import org.publicitydesk.scoring.Scores;
import org.publicitydesk.scoring.Scores.UnitScore;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/scores} (per unit: points and rank of R4–R8, opinion points and rank of R9, points per rule; a year, a
 * quarter or a month; contract) and {@code GET /api/ledger} (the lines
 * behind them; a unit's own people, its supervising leader, the principal leader and the editorial office).
 */
@RestController
class ScoresController {

  private final Ledger ledger;
  private final OrganizationDirectory directory;
  private final CurrentUser user;
  private final Scores scores;

  ScoresController(Ledger ledger, OrganizationDirectory directory, CurrentUser user, Scores scores) {
    this.scores = scores;
    this.ledger = ledger;
    this.directory = directory;
    this.user = user;
  }

  @GetMapping("/api/scores")
  List<UnitScore> scores(@RequestParam int year, @RequestParam(required = false) Integer quarter,
      @RequestParam(required = false) Integer month) {
    LocalDate[] period = period(year, quarter, month);
    return scores.ranking(period[0], period[1]);
  }

  @GetMapping("/api/ledger")
  List<LedgerEntry> ledger(@RequestParam String unitCode, @RequestParam int year) {
    UnitInfo unit = directory.unit(unitCode)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "单位 " + unitCode + " 不存在"));
    user.requireAny("您无权查看" + unit.name() + "的积分台账", Groups.EDITORIAL, Groups.PRINCIPALS, Groups.ADMIN,
        Groups.unit(unit.code()), Groups.unitSupervisor(unit.code()));
    LocalDate[] period = period(year, null, null);
    return ledger.active(unit.code(), period[0], period[1]);
  }

  static LocalDate[] period(int year, Integer quarter, Integer month) {
    try {
      return Scores.period(year, quarter, month);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }
}
