package org.publicitydesk.review.internal;

import static org.publicitydesk.review.ArticleReviewProcess.APPROVED;
import static org.publicitydesk.review.ArticleReviewProcess.COMMENT;
import static org.publicitydesk.review.ArticleReviewProcess.DECISION;
import static org.publicitydesk.review.ArticleReviewProcess.NEAR_COPY_VERDICT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.publicitydesk.security.TaskActor;
import org.springframework.stereotype.Component;

/**
 * Completion of a review task (R1.4, R1.5): records the decision and comment on the article (the gateways read it
 * from there, {@link ArticleRoute}), and removes the raw answers so the next form starts empty.
 */
@Component
class ReviewDecisionListener implements TaskListener {

  private final ReviewDecisions decisions;
  private final Deputies deputies;

  ReviewDecisionListener(ReviewDecisions decisions, Deputies deputies) {
    this.decisions = decisions;
    this.deputies = deputies;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = TaskActor.of(task);
    decisions.decide(task.getProcessInstanceId(), task.getId(), task.getTaskDefinitionKey(), actor,
        deputies.absentFor(task.getId(), actor).orElse(null),
        task.getVariable(APPROVED), task.getVariable(DECISION), task.getVariable(COMMENT),
        task.getVariable(NEAR_COPY_VERDICT));
    var execution = task.getExecution();
    execution.removeVariables(java.util.List.of(APPROVED, DECISION, COMMENT, NEAR_COPY_VERDICT));
  }
}
