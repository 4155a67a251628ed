package org.publicitydesk.adoption.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code publicity.adoption.*}: how long an accepted article's adoptions are tracked (R4, R6) before tracking ends. */
@ConfigurationProperties("publicity.adoption")
record AdoptionProperties(@DefaultValue("P90D") Duration trackingPeriod) {
}
