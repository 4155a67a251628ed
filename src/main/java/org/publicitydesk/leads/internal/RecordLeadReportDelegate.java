package org.publicitydesk.leads.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordReport} of {@code MajorEvent}: the responsible unit's report was accepted, on time or late. */
@Component
class RecordLeadReportDelegate implements JavaDelegate {

  private final LeadService leads;

  RecordLeadReportDelegate(LeadService leads) {
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    leads.recordReport(execution.getProcessInstanceId());
  }
}
