package org.publicitydesk.adoption.internal;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * {@code adoptionSettings} in the BPMN: how long an accepted article's adoptions are tracked before tracking ends by
 * itself ({@code publicity.adoption.tracking-period}, default 90 days).
 */
@Component("adoptionSettings")
public class AdoptionSettings {

  private final Duration trackingPeriod;

  AdoptionSettings(AdoptionProperties settings) {
    this.trackingPeriod = settings.trackingPeriod();
  }

  /** ISO-8601, as the timer of {@code BoundaryEvent_TrackingPeriodOver} reads it. */
  public String getTrackingPeriod() {
    return trackingPeriod.toString();
  }
}
