package org.publicitydesk.quota.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code publicity.quota.*}: the numbers of R2, R5.1 and R8 (configuration, not code). */
@ConfigurationProperties("publicity.quota")
record QuotaProperties(
    @DefaultValue("50") int articlesPerInformantPerYear,
    @DefaultValue("-2") int pointsPerMissingArticle,
    @DefaultValue("10") int pointsPerArticleAboveTarget,
    @DefaultValue("-5") int pointsPerArticleShort) {
}
