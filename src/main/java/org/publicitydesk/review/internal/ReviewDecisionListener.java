package org.publicitydesk.review.internal;

import static org.publicitydesk.review.ArticleReviewProcess.APPROVED;
import static org.publicitydesk.review.ArticleReviewProcess.COMMENT;
import static org.publicitydesk.review.ArticleReviewProcess.DECISION;
import static org.publicitydesk.review.ArticleReviewProcess.EDITORIAL_DECISION;
import static org.publicitydesk.review.ArticleReviewProcess.NEAR_COPY_VERDICT;
import static org.publicitydesk.review.ArticleReviewProcess.REVIEW_APPROVED;
import static org.publicitydesk.review.ArticleReviewProcess.TASK_EDITORIAL_REVIEW;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of a review task (R1.4, R1.5): records the decision and comment, sets {@code reviewApproved} or
 * {@code editorialDecision} for the gateway, and removes the raw answers so the next form starts empty.
 */
@Component
class ReviewDecisionListener implements TaskListener {

  private final ArticleService articles;

  ReviewDecisionListener(ArticleService articles) {
    this.articles = articles;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = articles.decide(task.getProcessInstanceId(), task.getTaskDefinitionKey(), Actors.of(task),
        task.getVariable(APPROVED), task.getVariable(DECISION), task.getVariable(COMMENT),
        task.getVariable(NEAR_COPY_VERDICT));
    var execution = task.getExecution();
    if (TASK_EDITORIAL_REVIEW.equals(task.getTaskDefinitionKey())) {
      execution.setVariable(EDITORIAL_DECISION, decision);
    } else {
      execution.setVariable(REVIEW_APPROVED, "APPROVED".equals(decision));
    }
    execution.removeVariables(java.util.List.of(APPROVED, DECISION, COMMENT, NEAR_COPY_VERDICT));
    execution.setVariables(articles.formVariables(task.getProcessInstanceId()));
  }
}
