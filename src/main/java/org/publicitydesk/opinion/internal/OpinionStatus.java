package org.publicitydesk.opinion.internal;

/**
 * Where a public-opinion report stands (R3.1, R9.1), stored by name in {@code pd_opinion_report.status}: waiting for
 * the editorial office's check, accepted, marked low quality, or (imported only) rejected. Only accepted reports count.
 */
enum OpinionStatus {
  SUBMITTED,
  ACCEPTED,
  LOW_QUALITY,
  REJECTED
}
