package org.publicitydesk.opinion.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.publicitydesk.security.TaskActor;
import org.publicitydesk.opinion.PublicOpinionReportProcess;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_CheckOpinionReport}: ACCEPT or LOW_QUALITY (R3.1). */
@Component
class CheckOpinionReportListener implements TaskListener {

  private final OpinionService opinions;

  CheckOpinionReportListener(OpinionService opinions) {
    this.opinions = opinions;
  }

  @Override
  public void notify(DelegateTask task) {
    opinions.decide(task.getProcessInstanceId(), task.getVariable(PublicOpinionReportProcess.DECISION),
        TaskActor.of(task), task.getId());
  }
}
