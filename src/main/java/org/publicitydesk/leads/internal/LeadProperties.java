package org.publicitydesk.leads.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code publicity.leads.*}: the points a responsible unit loses for a major event reported late or not at all (R5.2),
 * and how long after the deadline a late report is still tracked (R7 credits whoever completes the story).
 */
@ConfigurationProperties("publicity.leads")
record LeadProperties(@DefaultValue("-10") int penalty, @DefaultValue("P30D") Duration lateTracking) {
}
