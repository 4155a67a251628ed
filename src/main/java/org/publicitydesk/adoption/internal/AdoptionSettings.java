package org.publicitydesk.adoption.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code adoptionSettings} in the BPMN: how long an accepted article's adoptions are tracked before tracking ends by
 * itself ({@code publicity.adoption.tracking-period}, default 90 days).
 */
@Component("adoptionSettings")
public class AdoptionSettings {

  private final Duration trackingPeriod;

  AdoptionSettings(@Value("${publicity.adoption.tracking-period:P90D}") Duration trackingPeriod) {
    this.trackingPeriod = trackingPeriod;
  }

  /** ISO-8601, as the timer of {@code BoundaryEvent_TrackingPeriodOver} reads it. */
  public String getTrackingPeriod() {
    return trackingPeriod.toString();
  }
}
