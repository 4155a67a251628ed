package org.publicitydesk.opinion.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ScoreOpinionReport}: books R9.1 and R9.3 for the report. */
@Component
class ScoreOpinionReportDelegate implements JavaDelegate {

  private final OpinionService opinions;

  ScoreOpinionReportDelegate(OpinionService opinions) {
    this.opinions = opinions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    opinions.score(execution.getProcessInstanceId());
  }
}
