package org.publicitydesk.scoring;

import java.util.List;

/**
 * The one-line summary of what a settlement booked, kept as a process variable so that Cockpit shows it. Camunda keeps
 * a string variable in a 4,000-character column, so the summary names the units that gained or lost points, as many
 * as fit, and says how many more there are; the ledger ({@code GET /api/ledger}) has every line.
 */
public final class SettlementSummary {

  static final int LIMIT = 3800;

  private SettlementSummary() {
  }

  /** {@code lines}: one per unit that gained or lost points, e.g. "社会事务办公室 R5.1 -6". */
  public static String of(List<String> lines) {
    if (lines.isEmpty()) {
      return "无增减分";
    }
    StringBuilder summary = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String more = "…另有 " + (lines.size() - i) + " 个单位,详见积分台账";
      if (summary.length() + lines.get(i).length() + 1 > LIMIT - more.length()) {
        return summary.append(more).toString();
      }
      summary.append(i == 0 ? "" : ";").append(lines.get(i));
    }
    return summary.toString();
  }
}
