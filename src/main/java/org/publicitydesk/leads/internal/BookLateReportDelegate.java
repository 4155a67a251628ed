package org.publicitydesk.leads.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_BookLateReport} of {@code MajorEvent}: the deadline passed without the responsible unit's report (R5.2). */
@Component
class BookLateReportDelegate implements JavaDelegate {

  private final LeadService leads;

  BookLateReportDelegate(LeadService leads) {
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    leads.deadlinePassed(execution.getProcessInstanceId());
  }
}
