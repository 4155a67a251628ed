package org.publicitydesk.quota.internal;

import java.time.DayOfWeek;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code publicity.quota.*}: the numbers of R2, R5.1 and R8 (configuration, not code), when the settlements' timers
 * fire, and when informants behind their weekly article (R2.1) are reminded.
 */
@ConfigurationProperties("publicity.quota")
record QuotaProperties(
    @DefaultValue("50") int articlesPerInformantPerYear,
    @DefaultValue("-2") int pointsPerMissingArticle,
    @DefaultValue("10") int pointsPerArticleAboveTarget,
    @DefaultValue("-5") int pointsPerArticleShort,
    @DefaultValue("01:00") LocalTime settlementTime,
    @DefaultValue("THURSDAY") DayOfWeek reminderDay,
    @DefaultValue("09:00") LocalTime reminderTime) {
}
