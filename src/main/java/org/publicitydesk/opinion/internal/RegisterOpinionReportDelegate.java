package org.publicitydesk.opinion.internal;

import static org.publicitydesk.opinion.PublicOpinionReportProcess.CONTENT;
import static org.publicitydesk.opinion.PublicOpinionReportProcess.ON_TIME;
import static org.publicitydesk.opinion.PublicOpinionReportProcess.OPINION_SUMMARY;
import static org.publicitydesk.opinion.PublicOpinionReportProcess.TITLE;
import static org.publicitydesk.opinion.PublicOpinionReportProcess.UNIT_CODE;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.documents.Markdown;
import org.publicitydesk.security.ProcessStarter;
import org.publicitydesk.security.RequestRefused;
import org.publicitydesk.security.UnitAccess;
import org.springframework.stereotype.Component;

/** {@code Task_RegisterOpinionReport} of {@code PublicOpinionReport}: checks and keeps the report, on time or late (R3.1). */
@Component
class RegisterOpinionReportDelegate implements JavaDelegate {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final OpinionService opinions;
  private final UnitAccess access;
  private final BusinessClock clock;

  RegisterOpinionReportDelegate(OpinionService opinions, UnitAccess access, BusinessClock clock) {
    this.opinions = opinions;
    this.access = access;
    this.clock = clock;
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
    execution.setVariable(OPINION_SUMMARY, "### 《" + Markdown.escape(r.title) + "》\n\n**报送时间** "
        + SHOWN.format(r.submittedAt.atZone(clock.zone()))
        + " · **" + (r.onTime ? "按时报送(09:15 前)" : "迟报(09:15 后或非工作日),不计分") + "**\n\n"
        + Markdown.escape(r.content));
    execution.setVariable(ON_TIME, r.onTime);
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
