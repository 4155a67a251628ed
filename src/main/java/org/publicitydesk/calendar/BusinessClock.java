package org.publicitydesk.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
// impl: the engine's clock (tests move it); no public API reads it
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time in the business time zone (Asia/Shanghai by default, whatever the server's zone). Follows the
 * engine's clock ({@link ClockUtil}), so tests that move Camunda's clock move every deadline with it.
 */
@Component
public class BusinessClock {

  private final ZoneId zone;

  public BusinessClock(@Value("${publicity.business-zone:Asia/Shanghai}") String zone) {
    this.zone = ZoneId.of(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  public ZonedDateTime now() {
    return ZonedDateTime.ofInstant(ClockUtil.now().toInstant(), zone);
  }

  public LocalDate today() {
    return now().toLocalDate();
  }
}
