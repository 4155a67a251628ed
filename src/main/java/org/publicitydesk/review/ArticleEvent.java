package org.publicitydesk.review;

import java.util.Arrays;
import java.util.Optional;

/**
 * Something another module did with an article that belongs in its review record (R1.4): a reviewer's copy (抄送) to
 * someone who may read it, an informant's reminder (催办) to the current reviewer. {@code step} is what the record
 * stores, the label what it shows; the decision recorded for each is the review module's own.
 */
public enum ArticleEvent {
  COPY("COPY", "抄送"),
  REMINDER("REMINDER", "信息员催办");

  private final String step;
  private final String stepLabel;

  ArticleEvent(String step, String stepLabel) {
    this.step = step;
    this.stepLabel = stepLabel;
  }

  public String step() {
    return step;
  }

  /** The label of a recorded step, if it is one of these events. */
  public static Optional<String> stepLabel(String step) {
    return Arrays.stream(values()).filter(e -> e.step.equals(step)).map(e -> e.stepLabel).findFirst();
  }
}
