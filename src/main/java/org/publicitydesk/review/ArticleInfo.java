package org.publicitydesk.review;

import java.time.Instant;

/** An article as other modules see it (adoptions, scoring, quotas, reports). */
public record ArticleInfo(long id, String number, String unitCode, String informant, String title,
    ItemClass itemClass, ArticleStatus status, String forwardedFromUnit, String leadId, Instant submittedAt,
    Instant decidedAt, String processInstanceId, String externalId) {

  /** R1.5, R2.2, R2.3: accepted and not merely forwarded from a community. */
  public boolean countable() {
    return status == ArticleStatus.ACCEPTED && forwardedFromUnit == null;
  }
}
