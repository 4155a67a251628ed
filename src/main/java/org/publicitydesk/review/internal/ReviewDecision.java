package org.publicitydesk.review.internal;

/** What happened last to an article in review (R1.4, R1.5): the gateways of {@code ArticleReview} read it. */
enum ReviewDecision {
  SUBMITTED,
  APPROVED,
  RETURNED,
  RESUBMITTED,
  WITHDRAWN,
  /** Editorial decisions (R1.5). */
  ACCEPT,
  LOW_QUALITY,
  RETURN
}
