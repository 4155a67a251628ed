package org.publicitydesk.opinion.internal;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code publicity.opinion.*}: the numbers of R3 and R9 (configuration, not code) — the daily deadline (R3.1), the
 * monthly target and its penalty (R3.1, R9.2), the points of an on-time accepted report (R9.1) and of a bulletin
 * adoption (R9.3), and when informants are reminded of the deadline.
 */
@ConfigurationProperties("publicity.opinion")
record OpinionProperties(
    @DefaultValue("09:15") LocalTime deadline,
    @DefaultValue("20") int monthlyTarget,
    @DefaultValue("-30") int monthlyPenalty,
    @DefaultValue("10") int pointsOnTime,
    @DefaultValue("15") int pointsBulletin,
    @DefaultValue("08:45") LocalTime reminderTime) {
}
