package org.publicitydesk.quota;

import java.util.List;

/**
 * Period settlements: quarterly R5.1 (−2 per missing article, weekly rule) and annual R8 (+10 per countable article
 * above the unit's target, −5 per article short of it). Settling again replaces that period's entries only; a
 * period that has not ended is refused unless it is a provisional preview, which books nothing.
 */
public interface Settlements {

  Result quarter(int year, int quarter, boolean preview);

  Result year(int year, boolean preview);

  record Result(String period, boolean provisional, List<UnitResult> units) {

    public int total() {
      return units.stream().mapToInt(UnitResult::points).sum();
    }
  }

  /** One unit's settlement line: rule, points and the note booked with them. */
  record UnitResult(String unitCode, String unitName, String ruleId, int points, String note) {
  }
}
