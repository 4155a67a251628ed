package org.publicitydesk.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Points and ranks of every unit for a period, from the active ledger lines: the one computation behind
 * {@code GET /api/scores}, the quarterly circular and the year-end assessment (R11.1, R11.3).
 */
public interface Scores {

  /** Every unit of the organisation, highest points first, standard competition ranking (1, 2, 2, 4). */
  List<UnitScore> ranking(LocalDate from, LocalDate to);

  /** The first and last day of a year or of one of its quarters; a bad year or quarter is refused in Chinese. */
  static LocalDate[] period(int year, Integer quarter) {
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("年份 " + year + " 无效(应在 2000—2100 之间)");
    }
    if (quarter == null) {
      return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    }
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("季度应为 1—4,收到 " + quarter);
    }
    LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    return new LocalDate[] {from, from.plusMonths(3).minusDays(1)};
  }

  /** A unit's points in the period, its rank and its points per rule id (contract {@code GET /api/scores}). */
  record UnitScore(String unitCode, String unitName, int points, int rank, Map<String, Integer> breakdown) {
  }
}
