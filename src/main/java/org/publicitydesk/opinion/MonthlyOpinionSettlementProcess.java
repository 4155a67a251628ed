package org.publicitydesk.opinion;

import static org.publicitydesk.security.ProcessInputs.Kind.NUMBER;

import org.publicitydesk.security.ProcessInputs;

/** Names of the {@code MonthlyOpinionSettlement} process (contract.md, R9.2): key, start message and variables. */
public final class MonthlyOpinionSettlementProcess {

  public static final String KEY = "MonthlyOpinionSettlement";
  /** The message that starts it on demand ({@code POST /api/settlements?…&kind=OPINION}). */
  public static final String MESSAGE_REQUESTED = "MonthlyOpinionSettlementRequested";

  /** The month settled: given at an on-demand start, else the month that just ended. */
  public static final String YEAR = "year";
  public static final String MONTH = "month";
  /** What was booked, for Cockpit. */
  public static final String BOOKED_POINTS = "bookedPoints";

  /** What the editorial office may send at an on-demand start. */
  public static final ProcessInputs INPUTS = ProcessInputs.of(KEY).start(YEAR, NUMBER, MONTH, NUMBER).build();

  private MonthlyOpinionSettlementProcess() {
  }
}
