package org.publicitydesk.review;

import java.util.Arrays;
import java.util.Optional;

/**
 * Something another module did with an article that belongs in its review record (R1.4): a reviewer's copy (抄送) to
 * someone who may read it, an informant's reminder (催办) to the current reviewer. {@code step} and {@code decision}
 * are what the record stores, the labels what it shows.
 */
public enum ArticleEvent {
  COPY("COPY", "COPIED", "抄送", "抄送"),
  REMINDER("REMINDER", "REMINDED", "信息员催办", "催办");

  private final String step;
  private final String decision;
  private final String stepLabel;
  private final String decisionLabel;

  ArticleEvent(String step, String decision, String stepLabel, String decisionLabel) {
    this.step = step;
    this.decision = decision;
    this.stepLabel = stepLabel;
    this.decisionLabel = decisionLabel;
  }

  public String step() {
    return step;
  }

  public String decision() {
    return decision;
  }

  /** The label of a recorded step, if it is one of these events. */
  public static Optional<String> stepLabel(String step) {
    return Arrays.stream(values()).filter(e -> e.step.equals(step)).map(e -> e.stepLabel).findFirst();
  }

  /** The label of a recorded decision, if it is one of these events'. */
  public static Optional<String> decisionLabel(String decision) {
    return Arrays.stream(values()).filter(e -> e.decision.equals(decision)).map(e -> e.decisionLabel).findFirst();
  }
}
