package org.publicitydesk.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.review.ArticleStatus;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AcceptArticle}, {@code Task_MarkLowQuality}, {@code Task_MarkWithdrawn}: concludes the article with the
 * outcome given by the task's input parameter (R1.5); acceptance publishes {@code ArticleAccepted}.
 */
@Component
class RecordArticleOutcomeDelegate implements JavaDelegate {

  private final ArticleService articles;
  private final ReviewDecisions decisions;

  RecordArticleOutcomeDelegate(ArticleService articles, ReviewDecisions decisions) {
    this.articles = articles;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ArticleStatus outcome = ArticleStatus.valueOf((String) execution.getVariableLocal(ArticleReviewProcess.OUTCOME));
    decisions.conclude(execution.getProcessInstanceId(), outcome);
  }
}
