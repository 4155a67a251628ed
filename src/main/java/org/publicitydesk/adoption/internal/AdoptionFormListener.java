package org.publicitydesk.adoption.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.publicitydesk.review.ArticleReviewProcess;
import org.springframework.stereotype.Component;

/** Creation of {@code Task_RecordAdoption}: the form's media options and the adoptions so far. */
@Component
class AdoptionFormListener implements TaskListener {

  private final AdoptionForm form;

  AdoptionFormListener(AdoptionForm form) {
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariables(form.variables(((Number) task.getVariable(ArticleReviewProcess.ARTICLE_ID)).longValue()));
  }
}
