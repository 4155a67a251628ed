package org.publicitydesk.e2e;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The controlled clock of the browser tests: the application runs in the test's JVM and its business clock follows
 * Camunda's {@link ClockUtil}, so moving that clock moves "now" for every request the browser makes. The clock keeps
 * running from the time set. Only tests do this; the application has no way to set its clock from outside.
 */
final class BusinessTime {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private BusinessTime() {
  }

  /** From now on the business time is {@code time} (Asia/Shanghai) and runs on. */
  static void set(LocalDateTime time) {
    ClockUtil.reset();
    ClockUtil.offset(time.atZone(ZONE).toInstant().toEpochMilli() - System.currentTimeMillis());
  }

  static void reset() {
    ClockUtil.reset();
  }
}
