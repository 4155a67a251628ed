package org.publicitydesk.opinion.internal;

import static org.publicitydesk.opinion.PublicOpinionReportProcess.CONTENT;
import static org.publicitydesk.opinion.PublicOpinionReportProcess.TITLE;
import static org.publicitydesk.opinion.PublicOpinionReportProcess.UNIT_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.publicitydesk.security.ProcessStarter;
import org.publicitydesk.security.RequestRefused;
import org.publicitydesk.security.UnitAccess;
import org.springframework.stereotype.Component;

/** {@code Task_RegisterOpinionReport} of {@code PublicOpinionReport}: checks and keeps the report, on time or late (R3.1). */
@Component
class RegisterOpinionReportDelegate implements JavaDelegate {

  private final OpinionService opinions;
  private final UnitAccess access;

  RegisterOpinionReportDelegate(OpinionService opinions, UnitAccess access) {
    this.opinions = opinions;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String given = text(execution, UNIT_CODE);
    OpinionReportEntity r = opinions.register(ProcessStarter.of(execution), given, text(execution, TITLE),
        text(execution, CONTENT), execution.getProcessInstanceId());
    if (given == null || given.isBlank()) {
      // the community was taken from the informant: grant the instance to it now
      execution.setVariable(UNIT_CODE, r.unitCode);
      access.grantInstance(execution, r.unitCode);
    }
  }

  /** A start variable that must be text: anything else (a number, a list) is bad input, not a 500. */
  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value != null && !(value instanceof String)) {
      throw RequestRefused.field(name, "应为文字 (expected text)");
    }
    return (String) value;
  }
}
