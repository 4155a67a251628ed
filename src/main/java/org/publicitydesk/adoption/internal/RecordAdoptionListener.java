package org.publicitydesk.adoption.internal;

import static org.publicitydesk.adoption.RecordAdoptionTask.ADOPTION_FIELDS;
import static org.publicitydesk.adoption.RecordAdoptionTask.EVIDENCE_LINK;
import static org.publicitydesk.adoption.RecordAdoptionTask.LENGTH;
import static org.publicitydesk.adoption.RecordAdoptionTask.MEDIA_LEVEL;
import static org.publicitydesk.adoption.RecordAdoptionTask.MEDIA_NAME;
import static org.publicitydesk.adoption.RecordAdoptionTask.PLACEMENT;
import static org.publicitydesk.adoption.RecordAdoptionTask.PUBLISHED_ON;
import static org.publicitydesk.adoption.RecordAdoptionTask.TRACKING_DONE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.publicitydesk.adoption.AdoptionInput;
import org.publicitydesk.adoption.Length;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.adoption.Placement;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.Articles;
import org.publicitydesk.security.FormValues;
import org.publicitydesk.security.RequestRefused;
import org.publicitydesk.security.TaskActor;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_RecordAdoption} (contract): records the adoption given (mediaName, mediaLevel, length,
 * placement, publishedOn), and sets {@code trackingDone} for the gateway; the raw fields are removed so the next
 * round starts with an empty form.
 */
@Component
class RecordAdoptionListener implements TaskListener {

  private final AdoptionService adoptions;
  private final Articles articles;
  private final BusinessClock clock;

  RecordAdoptionListener(AdoptionService adoptions, Articles articles, BusinessClock clock) {
    this.adoptions = adoptions;
    this.articles = articles;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long articleId = articles.byProcessInstance(task.getProcessInstanceId()).map(ArticleInfo::id)
        .orElseThrow(() -> RequestRefused.field("稿件", "此流程实例没有登记稿件,不能登记采用"));
    boolean done = FormValues.flag(task.getVariable(TRACKING_DONE));
    Object mediaName = task.getVariable(MEDIA_NAME);
    boolean hasAdoption = mediaName instanceof String name && !name.isBlank();
    if (!hasAdoption && !done) {
      throw RequestRefused.field("mediaName 媒体", "请登记一次采用,或勾选“跟踪结束”");
    }
    if (hasAdoption) {
      AdoptionInput input = new AdoptionInput((String) mediaName,
          parse(MediaLevel.class, task.getVariable(MEDIA_LEVEL), "mediaLevel 媒体级别"),
          parse(Length.class, task.getVariable(LENGTH), "length 篇幅"),
          parse(Placement.class, task.getVariable(PLACEMENT), "placement 版面"),
          FormValues.date(task.getVariable(PUBLISHED_ON), clock.zone(), "publishedOn 刊播日期"),
          (String) task.getVariable(EVIDENCE_LINK));
      adoptions.recordInTask(articleId, input, TaskActor.of(task), task.getId());
    }
    var execution = task.getExecution();
    execution.removeVariables(ADOPTION_FIELDS);
    execution.setVariable(TRACKING_DONE, done);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, Object value, String field) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return FormValues.choice(type, value).orElseThrow(() -> RequestRefused.field(field, "“" + value + "”无效"));
  }
}
