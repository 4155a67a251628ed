/**
 * Article submission and review (R1, R2.3 forwarding flag, R10): the {@code ArticleReview} process, its routing
 * table, the articles and every review decision with its comment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "稿件审核 Review")
package org.publicitydesk.review;
