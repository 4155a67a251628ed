package org.publicitydesk.adoption.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.publicitydesk.adoption.AdoptionInput;
import org.publicitydesk.adoption.Length;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.adoption.Placement;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.security.TaskActor;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_RecordAdoption} (contract): records the adoption given (mediaName, mediaLevel, length,
 * placement, publishedOn), and sets {@code trackingDone} for the gateway; the raw fields are removed so the next
 * round starts with an empty form.
 */
@Component
class RecordAdoptionListener implements TaskListener {

  static final List<String> FIELDS = List.of("mediaName", "mediaLevel", "length", "placement", "publishedOn",
      "evidenceLink");

  private final AdoptionService adoptions;
  private final AdoptionForm form;
  private final BusinessClock clock;

  RecordAdoptionListener(AdoptionService adoptions, AdoptionForm form, BusinessClock clock) {
    this.adoptions = adoptions;
    this.form = form;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long articleId = ((Number) task.getVariable("articleId")).longValue();
    boolean done = Boolean.TRUE.equals(task.getVariable("trackingDone")) || "true".equals(task.getVariable("trackingDone"));
    Object mediaName = task.getVariable("mediaName");
    boolean hasAdoption = mediaName instanceof String name && !name.isBlank();
    if (!hasAdoption && !done) {
      throw new BadUserRequestException("【mediaName 媒体】请登记一次采用,或勾选“跟踪结束”");
    }
    if (hasAdoption) {
      AdoptionInput input = new AdoptionInput((String) mediaName,
          parse(MediaLevel.class, task.getVariable("mediaLevel"), "mediaLevel 媒体级别"),
          parse(Length.class, task.getVariable("length"), "length 篇幅"),
          parse(Placement.class, task.getVariable("placement"), "placement 版面"),
          date(task.getVariable("publishedOn")), (String) task.getVariable("evidenceLink"));
      adoptions.recordInTask(articleId, input, TaskActor.of(task), task.getId());
    }
    var execution = task.getExecution();
    execution.removeVariables(FIELDS);
    execution.setVariable("trackingDone", done);
    execution.setVariables(form.variables(articleId));
  }

  private LocalDate date(Object value) {
    if (value instanceof Date d) {
      return d.toInstant().atZone(clock.zone()).toLocalDate();
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
      } catch (DateTimeParseException e) {
        throw new BadUserRequestException("【publishedOn 刊播日期】“" + s + "”不是日期,格式应为 YYYY-MM-DD");
      }
    }
    return null;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, Object value, String field) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toString().strip());
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException("【" + field + "】“" + value + "”无效");
    }
  }

}
