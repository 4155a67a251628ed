package org.publicitydesk.review.internal;

import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
// impl: the running command (its authorization switch) has no public accessor
import org.camunda.bpm.engine.impl.context.Context;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.notification.Notice;
import org.publicitydesk.notification.Notifications;
import org.publicitydesk.review.ArticleReviewProcess;
import org.springframework.stereotype.Component;

/**
 * Creation of a review task: its due date in working time (end of the next working day; an urgent article, R10.4,
 * after {@code publicity.review.urgent-due} of working time), and a notice to the candidates — or to the assignee, a
 * deputy (runs after {@link DeputyAssignment}) or an added reviewer — 待审核, or 紧急稿件 for urgent articles.
 */
@Component
class ReviewDeadlineListener implements TaskListener {

  private final BusinessClock clock;
  private final WorkingCalendar calendar;
  private final ReviewProperties properties;
  private final Notifications notifications;
  private final TaskRecipients recipients;

  ReviewDeadlineListener(BusinessClock clock, WorkingCalendar calendar, ReviewProperties properties,
      Notifications notifications, TaskRecipients recipients) {
    this.clock = clock;
    this.calendar = calendar;
    this.properties = properties;
    this.notifications = notifications;
    this.recipients = recipients;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean urgent = Boolean.TRUE.equals(task.getVariable(ArticleReviewProcess.URGENT));
    var due = urgent ? calendar.plusWorkingTime(clock.now(), properties.urgentDue())
        : calendar.endOfNextWorkingDay(clock.now());
    task.setDueDate(Date.from(due.toInstant()));
    Set<String> recipients = candidates(task);
    String title = (String) task.getVariable(ArticleReviewProcess.TITLE);
    if (urgent) {
      task.setPriority(90);
      notifications.send(new Notice(recipients, "URGENT_ARTICLE", "【紧急稿件】请尽快审核《" + title + "》",
          "紧急稿件《" + title + "》已到“" + task.getName() + "”环节,请在 " + ArticleSummary.TIME.format(due)
              + " 前办理。", task.getId()));
    } else {
      notifications.send(new Notice(recipients, "NEW_TASK", "【待审核】《" + title + "》",
          "稿件《" + title + "》已到“" + task.getName() + "”环节,请在 " + ArticleSummary.TIME.format(due)
              + " 前在任务列表中办理。", task.getId()));
    }
  }

  /** The assignee when there is one (a deputy, an added reviewer), else every candidate user and group member. */
  private Set<String> candidates(DelegateTask task) {
    return Context.getCommandContext()
        .runWithoutAuthorization(() -> recipients.of(task.getAssignee(), task.getCandidates()));
  }
}
