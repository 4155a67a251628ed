package org.publicitydesk.quota;

import java.util.List;
import java.util.Map;

/**
 * Period settlements: quarterly R5.1 (−2 per missing article, weekly rule) and annual R8 (+10 per countable article
 * above the unit's target, −5 per article short of it). Settling again replaces that period's entries only; a
 * period that has not ended is refused unless it is a provisional preview, which books nothing.
 */
public interface Settlements {

  Result quarter(int year, int quarter, boolean preview);

  Result year(int year, boolean preview);

  /** Whether the quarter ({@code quarter} 1–4) or the year ({@code quarter} null) has been settled (booked). */
  boolean settled(int year, Integer quarter);

  /**
   * The quota figures by unit code of the quarter ({@code quarter} 1–4) or the year ({@code quarter} null): as its
   * settlement counted and booked them when the period has been settled, so that a report agrees with the points in
   * the ledger and does not count the period's articles again; otherwise (not settled, or settled before these figures
   * were kept) computed now, as a preview.
   */
  Map<String, Quota> quota(int year, Integer quarter);

  record Result(String period, boolean provisional, List<UnitResult> units) {

    public int total() {
      return units.stream().mapToInt(UnitResult::points).sum();
    }
  }

  /**
   * One unit's settlement line: rule, points and the note booked with them. {@code countable} and {@code target}: for a
   * quarter the informants' working weeks with a countable article and all of them (R5.1); for a year the countable
   * articles and the unit's target (R8). {@code shortfall}: the missing articles of the quarter, or the articles short
   * of the annual target (0 when it was reached).
   */
  record UnitResult(String unitCode, String unitName, String ruleId, int points, String note, int countable,
      int target, int shortfall) {
  }

  /** A unit's quota figures of a period: {@code countable}, {@code target}, {@code shortfall} as in {@link UnitResult}. */
  record Quota(int countable, int target, int shortfall) {
  }
}
