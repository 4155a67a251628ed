package org.publicitydesk.review.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One decision on an article with its comment, who and when (R1.4, R1.5); never changed afterwards. */
@Entity
@Table(name = "pd_review_step")
class ReviewStepEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  Long articleId;
  /** The task id, or SUBMISSION / REVISION / WITHDRAWAL. */
  String step;
  /** The Tasklist task this step completed (null for submissions, withdrawals, corrections and older steps). */
  String taskId;
  String actor;
  @Enumerated(EnumType.STRING)
  StepDecision decision;
  String comment;
  int revision;
  Instant decidedAt;
  /** The absent reviewer this decision was taken for by a deputy (代), else null. */
  String onBehalfOf;
}
