package org.publicitydesk.reporting.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code publicity.reports.*} (R11.3: the number commended and the thresholds are configuration). {@code commended}:
 * units commended in the year-end assessment (the top N by points, only with points above zero);
 * {@code honouredInformants}: informants on the honours list (the top N by points, only above zero);
 * {@code criticiseBelow}: a unit whose year balance is below this is listed for criticism (besides a missed target);
 * {@code warmUp}: write a made-up circular in the background after start ({@link DocumentWarmUp}).
 */
@ConfigurationProperties("publicity.reports")
record ReportsProperties(
    @DefaultValue("3") int commended,
    @DefaultValue("5") int honouredInformants,
    @DefaultValue("0") int criticiseBelow,
    @DefaultValue("true") boolean warmUp) {
}
