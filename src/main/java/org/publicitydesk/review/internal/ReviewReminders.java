package org.publicitydesk.review.internal;

import java.time.Duration;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.ClusterLease;
import org.publicitydesk.notification.Notice;
import org.publicitydesk.notification.Notifications;
import org.publicitydesk.review.ArticleReviewProcess;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: every few minutes (one node of a cluster at a time), each overdue review task is reminded to its
 * candidates — an inbox notice (and email), a comment on the task that Tasklist shows, and a higher priority —
 * every {@code reminderInterval}, at most {@code maxReminders} times.
 */
@Component
class ReviewReminders {

  static final String REMINDERS_SENT = "remindersSent";
  static final String LAST_REMINDER_AT = "lastReminderAt";

  private final TaskService tasks;
  private final TaskRecipients recipients;
  private final Notifications notifications;
  private final BusinessClock clock;
  private final ClusterLease lease;
  private final ReviewProperties properties;

  ReviewReminders(TaskService tasks, TaskRecipients recipients, Notifications notifications, BusinessClock clock,
      ClusterLease lease, ReviewProperties properties) {
    this.tasks = tasks;
    this.recipients = recipients;
    this.notifications = notifications;
    this.clock = clock;
    this.lease = lease;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "${publicity.review.reminder-scan:PT5M}",
      initialDelayString = "${publicity.review.reminder-scan:PT5M}")
  void scheduled() {
    if (lease.tryAcquire("review-reminders", Duration.ofMinutes(4))) {
      remindOverdue();
    }
  }

  /** Returns the number of reminders sent. */
  @Transactional
  int remindOverdue() {
    Date now = Date.from(clock.now().toInstant());
    int sent = 0;
    for (Task task : tasks.createTaskQuery().processDefinitionKey(ArticleReviewProcess.KEY).dueBefore(now).list()) {
      if (ArticleReviewProcess.TASK_REVISE_ARTICLE.equals(task.getTaskDefinitionKey())) {
        continue;
      }
      Integer count = (Integer) tasks.getVariableLocal(task.getId(), REMINDERS_SENT);
      Date last = (Date) tasks.getVariableLocal(task.getId(), LAST_REMINDER_AT);
      int done = count == null ? 0 : count;
      boolean due = last == null || !now.before(Date.from(last.toInstant().plus(properties.reminderInterval())));
      if (done >= properties.maxReminders() || !due) {
        continue;
      }
      remind(task, done + 1);
      tasks.setVariableLocal(task.getId(), REMINDERS_SENT, done + 1);
      tasks.setVariableLocal(task.getId(), LAST_REMINDER_AT, now);
      sent++;
    }
    return sent;
  }

  private void remind(Task task, int nth) {
    String title = (String) tasks.getVariable(task.getId(), ArticleReviewProcess.TITLE);
    String overdue = "【催办】“" + task.getName() + "”已超过办理期限("
        + ArticleSummary.TIME.format(task.getDueDate().toInstant().atZone(clock.zone()))
        + "),第 " + nth + " 次提醒,请尽快办理《" + title + "》。";
    Set<String> people = recipients.of(task);
    notifications.send(new Notice(people, "REMINDER", "【催办】《" + title + "》待您审核", overdue, task.getId()));
    tasks.createComment(task.getId(), task.getProcessInstanceId(), overdue);
    tasks.setPriority(task.getId(), Math.min(100, task.getPriority() + 10));
  }
}
