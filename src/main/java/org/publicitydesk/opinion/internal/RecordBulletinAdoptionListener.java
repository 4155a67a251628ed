package org.publicitydesk.opinion.internal;

import static org.publicitydesk.opinion.PublicOpinionReportProcess.ADOPTED_IN_BULLETIN;
import static org.publicitydesk.opinion.PublicOpinionReportProcess.BULLETIN_DATE;
import static org.publicitydesk.opinion.PublicOpinionReportProcess.BULLETIN_ISSUE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.publicitydesk.security.TaskActor;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.security.FormValues;
import org.publicitydesk.security.RequestRefused;
import org.springframework.stereotype.Component;

/** Completion of {@code Task_RecordBulletinAdoption}: adopted in the city's bulletin or not, with issue and date (R9.3). */
@Component
class RecordBulletinAdoptionListener implements TaskListener {

  private final OpinionService opinions;
  private final BusinessClock clock;

  RecordBulletinAdoptionListener(OpinionService opinions, BusinessClock clock) {
    this.opinions = opinions;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Object adopted = task.getVariable(ADOPTED_IN_BULLETIN);
    if (adopted == null) {
      throw RequestRefused.field("adoptedInBulletin 简报采用", "请选择是否被市宣传部宣传信息简报采用");
    }
    opinions.bulletin(task.getProcessInstanceId(), FormValues.flag(adopted), (String) task.getVariable(BULLETIN_ISSUE),
        FormValues.date(task.getVariable(BULLETIN_DATE), clock.zone(), "bulletinDate 简报日期"), TaskActor.of(task),
        task.getId());
  }
}
