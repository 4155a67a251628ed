package org.publicitydesk.review.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The editorial office's answer on a flagged near-copy (R2.3), stored by name in {@code pd_article.near_copy_verdict}:
 * the form of {@code Task_EditorialReview} sends {@code CONFIRM} (a forwarded community article) or {@code CLEAR}.
 */
enum NearCopyVerdict {
  CONFIRMED("CONFIRM", "政工科已确认为转发,不计入本单位"),
  CLEARED("CLEAR", "政工科已确认不是转发");

  /** What the form sends. */
  final String input;
  final String label;

  NearCopyVerdict(String input, String label) {
    this.input = input;
    this.label = label;
  }

  static Optional<NearCopyVerdict> ofInput(Object value) {
    return Arrays.stream(values()).filter(v -> v.input.equals(value)).findFirst();
  }
}
