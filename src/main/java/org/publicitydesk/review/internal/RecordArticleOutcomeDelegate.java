package org.publicitydesk.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.review.ArticleStatus;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AcceptArticle}, {@code Task_MarkLowQuality}, {@code Task_MarkWithdrawn}: concludes the article with the
 * outcome the model names (R1.5); acceptance publishes {@code ArticleAccepted}.
 */
@Component
public class RecordArticleOutcomeDelegate implements JavaDelegate {

  private final ReviewDecisions decisions;

  RecordArticleOutcomeDelegate(ReviewDecisions decisions) {
    this.decisions = decisions;
  }

  /**
   * The model's call, {@code ${recordArticleOutcomeDelegate.record(execution, 'ACCEPTED')}}: the outcome is an
   * argument, not an input parameter, which made a local variable with its history at every article (issue 17).
   */
  public void record(DelegateExecution execution, String outcome) {
    decisions.conclude(execution.getProcessInstanceId(), ArticleStatus.valueOf(outcome));
  }

  /** Instances of versions before that give the outcome as the task's input parameter {@code outcome}. */
  @Override
  public void execute(DelegateExecution execution) {
    record(execution, (String) execution.getVariableLocal(ArticleReviewProcess.OUTCOME));
  }
}
