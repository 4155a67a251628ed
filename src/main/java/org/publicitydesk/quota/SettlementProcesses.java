package org.publicitydesk.quota;

import static org.publicitydesk.security.ProcessInputs.Kind.NUMBER;

import org.publicitydesk.security.ProcessInputs;

/**
 * Names of the {@code QuarterlySettlement} and {@code AnnualSettlement} processes (contract.md, R5, R8): keys, the
 * messages that start them on demand, and their variables.
 */
public final class SettlementProcesses {

  public static final String QUARTERLY = "QuarterlySettlement";
  public static final String ANNUAL = "AnnualSettlement";
  /** {@code POST /api/settlements} starts a settlement with this message (timers start the others). */
  public static final String QUARTERLY_REQUESTED = QUARTERLY + "Requested";
  public static final String ANNUAL_REQUESTED = ANNUAL + "Requested";

  /** The period settled: given at an on-demand start, else the one that just ended. */
  public static final String YEAR = "year";
  public static final String QUARTER = "quarter";
  /** What was booked, for Cockpit. */
  public static final String PERIOD = "period";
  public static final String TOTAL_POINTS = "totalPoints";
  public static final String BOOKED_POINTS = "bookedPoints";

  /** What the editorial office may send at an on-demand start. */
  public static final ProcessInputs QUARTERLY_INPUTS = ProcessInputs.of(QUARTERLY).start(YEAR, NUMBER, QUARTER, NUMBER)
      .build();
  public static final ProcessInputs ANNUAL_INPUTS = ProcessInputs.of(ANNUAL).start(YEAR, NUMBER).build();

  private SettlementProcesses() {
  }
}
