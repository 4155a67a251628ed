package org.publicitydesk.review;

import java.time.Instant;

/**
 * The editorial office accepted an article (R1.5): from now on it counts for quotas (R2) and may be scored (R4).
 * {@code forwardedFromUnit} is set when a department merely forwarded a community's article (R2.3).
 */
public record ArticleAccepted(long articleId, String number, String unitCode, String informant, String title,
    String forwardedFromUnit, String leadId, Instant submittedAt, Instant acceptedAt) {
}
