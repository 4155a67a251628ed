package org.publicitydesk.reporting.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Chinese column headings for the rule ids of the ledger (rules.md), in the order the documents show them. */
final class RuleLabels {

  /** Rules every points table shows, even when no unit has points under them. */
  static final List<String> ALWAYS = List.of("R4", "R5.1");

  private static final Map<String, String> LABELS = Map.of(
      "R4", "媒体采用", "R5.1", "少报扣分", "R5.2", "重大活动扣分", "R7", "谁完成谁加分",
      "R8.1", "超额奖励", "R8.2", "未完成扣分", "R9.1", "舆情按时采用", "R9.2", "舆情月度扣分",
      "R9.3", "简报采用");

  private static final List<String> ORDER = List.of("R4", "R7", "R5.1", "R5.2", "R8.1", "R8.2", "R9.1", "R9.2",
      "R9.3");

  private RuleLabels() {
  }

  static String label(String ruleId) {
    return LABELS.getOrDefault(ruleId, ruleId);
  }

  static Comparator<String> order() {
    return Comparator.comparingInt((String r) -> ORDER.indexOf(r) < 0 ? ORDER.size() : ORDER.indexOf(r))
        .thenComparing(Comparator.naturalOrder());
  }
}
