package org.publicitydesk.opinion.internal;

/** The editorial office's check of a report ({@code Task_CheckOpinionReport}'s decision, R9.1) and the status it gives. */
enum OpinionCheck {
  ACCEPT(OpinionStatus.ACCEPTED),
  LOW_QUALITY(OpinionStatus.LOW_QUALITY);

  final OpinionStatus status;

  OpinionCheck(OpinionStatus status) {
    this.status = status;
  }
}
