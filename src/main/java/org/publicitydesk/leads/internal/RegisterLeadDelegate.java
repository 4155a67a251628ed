package org.publicitydesk.leads.internal;

import static org.publicitydesk.leads.MajorEventProcess.DEADLINE;
import static org.publicitydesk.leads.MajorEventProcess.LEAD_ID;
import static org.publicitydesk.leads.MajorEventProcess.RESPONSIBLE_UNIT_NAME;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.publicitydesk.security.ProcessStarter;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterLead} of {@code MajorEvent}: keeps the lead; its id becomes the business key that an accepted
 * article's {@code leadId} is correlated by, and the deadline the timer's date.
 */
@Component
class RegisterLeadDelegate implements JavaDelegate {

  private final LeadService leads;

  RegisterLeadDelegate(LeadService leads) {
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LeadEntity lead = leads.register(execution, ProcessStarter.of(execution));
    execution.setProcessBusinessKey(String.valueOf(lead.id));
    execution.setVariable(LEAD_ID, String.valueOf(lead.id));
    execution.setVariable(DEADLINE, Date.from(lead.deadline));
    execution.setVariable(RESPONSIBLE_UNIT_NAME, leads.unitName(lead.responsibleUnitCode));
    execution.setVariable("lateTracking", leads.lateTracking().toString());
  }
}
