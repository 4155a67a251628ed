package org.publicitydesk.quota.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publicitydesk.quota.Settlements.Quota;
import org.publicitydesk.quota.Settlements.UnitResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The quota figures a settlement counted per unit ({@code pd_settled_quota}, R5.1, R8): written with the settlement's
 * ledger lines, read by the circular and the year-end assessment of a settled period.
 */
@Component
class SettledQuotas {

  private final JdbcTemplate jdbc;

  SettledQuotas(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the period's figures with those of the settlement just computed. */
  void replace(String periodKey, List<UnitResult> units) {
    jdbc.update("delete from pd_settled_quota where period_key = ?", periodKey);
    jdbc.batchUpdate("insert into pd_settled_quota (period_key, unit_code, countable, target, shortfall) "
        + "values (?, ?, ?, ?, ?)", units.stream().map(u -> new Object[] {periodKey, u.unitCode(), u.countable(),
        u.target(), u.shortfall()}).toList());
  }

  /** The period's figures by unit code; empty when the period has not been settled since they are kept (V98). */
  Map<String, Quota> of(String periodKey) {
    Map<String, Quota> byUnit = new HashMap<>();
    jdbc.query("select unit_code, countable, target, shortfall from pd_settled_quota where period_key = ?",
        rs -> {
          byUnit.put(rs.getString(1), new Quota(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
        }, periodKey);
    return byUnit;
  }
}
