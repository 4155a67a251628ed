package org.publicitydesk.leads.internal;

/**
 * Where a news lead or major event stands (R5.2, R7), stored by name in {@code pd_lead.status} (V8__leads.sql):
 * waiting for the responsible unit's report, past its deadline without one, or completed by an accepted report.
 */
enum LeadStatus {
  OPEN,
  OVERDUE,
  COMPLETED
}
