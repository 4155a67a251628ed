package org.publicitydesk.opinion.internal;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.documents.Markdown;
import org.publicitydesk.security.ProcessStarter;
import org.publicitydesk.security.TaskActor;
import org.publicitydesk.security.UnitAccess;
import org.springframework.stereotype.Component;

/** Glue of {@code PublicOpinionReport}: one small delegate or listener per element (R3, R9). */
final class OpinionDelegates {

  private OpinionDelegates() {
  }

  /** {@code Task_RegisterOpinionReport}: checks and keeps the report, marks it on time or late. */
  @Component("registerOpinionReportDelegate")
  static class Register implements JavaDelegate {

    private final OpinionService opinions;
    private final UnitAccess access;
    private final BusinessClock clock;

    Register(OpinionService opinions, UnitAccess access, BusinessClock clock) {
      this.opinions = opinions;
      this.access = access;
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String given = text(execution, "unitCode");
      OpinionReportEntity r = opinions.register(ProcessStarter.of(execution), given, text(execution, "title"),
          text(execution, "content"), execution.getProcessInstanceId());
      if (given == null || given.isBlank()) {
        // the community was taken from the informant: grant the instance to it now
        execution.setVariable("unitCode", r.unitCode);
        access.grantInstance(execution, r.unitCode);
      }
      execution.setVariable("opinionSummary", "### 《" + Markdown.escape(r.title) + "》\n\n**报送时间** "
          + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(r.submittedAt.atZone(clock.zone()))
          + " · **" + (r.onTime ? "按时报送(09:15 前)" : "迟报(09:15 后或非工作日),不计分") + "**\n\n"
          + Markdown.escape(r.content));
      execution.setVariable("onTime", r.onTime);
    }
  }

  /** A start variable that must be text: anything else (a number, a list) is bad input, not a 500. */
  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value != null && !(value instanceof String)) {
      throw new BadUserRequestException("【" + name + "】应为文字 (expected text)");
    }
    return (String) value;
  }

  /** Completion of {@code Task_CheckOpinionReport}: ACCEPT or LOW_QUALITY. */
  @Component("checkOpinionReportListener")
  static class Check implements TaskListener {

    private final OpinionService opinions;

    Check(OpinionService opinions) {
      this.opinions = opinions;
    }

    @Override
    public void notify(DelegateTask task) {
      opinions.decide(task.getProcessInstanceId(), task.getVariable("decision"), TaskActor.of(task), task.getId());
    }
  }

  /** Completion of {@code Task_RecordBulletinAdoption}: adopted in the city's bulletin or not, with issue and date. */
  @Component("recordBulletinAdoptionListener")
  static class Bulletin implements TaskListener {

    private final OpinionService opinions;
    private final BusinessClock clock;

    Bulletin(OpinionService opinions, BusinessClock clock) {
      this.opinions = opinions;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
      Object adopted = task.getVariable("adoptedInBulletin");
      if (adopted == null) {
        throw new BadUserRequestException("【adoptedInBulletin 简报采用】请选择是否被市宣传部宣传信息简报采用");
      }
      Object date = task.getVariable("bulletinDate");
      LocalDate day;
      try {
        day = date instanceof Date d ? d.toInstant().atZone(clock.zone()).toLocalDate()
            : date instanceof String s && !s.isBlank() ? LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s) : null;
      } catch (java.time.format.DateTimeParseException e) {
        throw new BadUserRequestException("【bulletinDate 简报日期】“" + date + "”不是日期,格式应为 YYYY-MM-DD");
      }
      opinions.bulletin(task.getProcessInstanceId(), Boolean.TRUE.equals(adopted) || "true".equals(adopted),
          (String) task.getVariable("bulletinIssue"), day, TaskActor.of(task), task.getId());
    }
  }

  /** {@code Task_ScoreOpinionReport}: R9.1 and R9.3. */
  @Component("scoreOpinionReportDelegate")
  static class Score implements JavaDelegate {

    private final OpinionService opinions;

    Score(OpinionService opinions) {
      this.opinions = opinions;
    }

    @Override
    public void execute(DelegateExecution execution) {
      opinions.score(execution.getProcessInstanceId());
    }
  }
}
