package org.publicitydesk.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Points and ranks of every unit for a period, from the active ledger lines: the one computation behind
 * {@code GET /api/scores}, the quarterly circular, the year-end assessment and the portal (R11.1, R11.3). Two totals
 * (rules.md, R9 decisions, 分数另计): {@code points} and {@code rank} are R4–R8 (with R7); {@code opinionPoints} are R9,
 * ranked among the communities alone.
 */
public interface Scores {

  /** Every unit of the organisation, highest points first, standard competition ranking (1, 2, 2, 4). */
  List<UnitScore> ranking(LocalDate from, LocalDate to);

  /** Whether points under the rule are public-opinion points (R9.x), scored separately from R4–R8. */
  static boolean opinionRule(String ruleId) {
    return ruleId.equals("R9") || ruleId.startsWith("R9.");
  }

  /** The first and last day of a year or of one of its quarters; a bad year or quarter is refused in Chinese. */
  static LocalDate[] period(int year, Integer quarter) {
    return period(year, quarter, null);
  }

  /** The first and last day of a year, of one of its quarters or of one of its months; refused in Chinese if bad. */
  static LocalDate[] period(int year, Integer quarter, Integer month) {
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("年份 " + year + " 无效(应在 2000—2100 之间)");
    }
    if (quarter != null && month != null) {
      throw new IllegalArgumentException("季度 quarter 和月份 month 只能给出一个");
    }
    if (month != null) {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("月份应为 1—12,收到 " + month);
      }
      LocalDate from = LocalDate.of(year, month, 1);
      return new LocalDate[] {from, from.plusMonths(1).minusDays(1)};
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

  /**
   * A unit's score in the period (contract {@code GET /api/scores}): {@code points} and {@code rank} (R4–R8, every
   * unit), {@code opinionPoints} (R9; 0 for a department) and {@code opinionRank} (among communities; null for a
   * department), and the points per rule id of both.
   */
  record UnitScore(String unitCode, String unitName, int points, int rank, int opinionPoints, Integer opinionRank,
      Map<String, Integer> breakdown) {
  }
}
