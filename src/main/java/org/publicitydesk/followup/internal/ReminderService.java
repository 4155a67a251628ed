package org.publicitydesk.followup.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.notification.Notice;
import org.publicitydesk.notification.Notifications;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.PersonInfo;
import org.publicitydesk.review.ArticleEvent;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.ArticleStatus;
import org.publicitydesk.review.Articles;
import org.publicitydesk.security.ConflictingRequest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * 催办 by the informant (issue 16): the informant of a waiting article reminds its current reviewer — the assignee of
 * the open review task, else its candidates — once per working day ({@link WorkingCalendar}; a day off counts for the
 * next working day). Notified, stored, and written into the article's review record.
 */
@Service
@Transactional
class ReminderService {

  static final String NOTICE_KIND = "INFORMANT_REMINDER";

  private final Articles articles;
  private final TaskPeople taskPeople;
  private final ReminderRepository reminders;
  private final Notifications notifications;
  private final OrganizationDirectory directory;
  private final WorkingCalendar calendar;
  private final BusinessClock clock;

  ReminderService(Articles articles, TaskPeople taskPeople, ReminderRepository reminders, Notifications notifications,
      OrganizationDirectory directory, WorkingCalendar calendar, BusinessClock clock) {
    this.articles = articles;
    this.taskPeople = taskPeople;
    this.reminders = reminders;
    this.notifications = notifications;
    this.directory = directory;
    this.calendar = calendar;
    this.clock = clock;
  }

  record Reminded(String articleNumber, String step, Set<String> reminded, LocalDate workingDay) {
  }

  Reminded remind(String number, String caller) {
    ArticleInfo article = articles.visible(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "稿件 " + number + " 不存在或您无权查看"));
    if (!article.informant().equals(caller)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有报送该稿件的信息员可以催办");
    }
    Task task = article.status() != ArticleStatus.IN_REVIEW || article.processInstanceId() == null ? null
        : taskPeople.openReviewTask(article.processInstanceId()).orElse(null);
    if (task == null) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "稿件 " + number + " 当前没有等待审核(" + article.status().label()
          + "),无需催办");
    }
    LocalDate day = workingDay();
    if (reminders.existsByArticleIdAndWorkingDay(article.id(), day)) {
      throw alreadyReminded(number, day);
    }
    Set<String> people = taskPeople.reviewers(task);
    ReminderEntity r = new ReminderEntity();
    r.articleId = article.id();
    r.informant = caller;
    r.workingDay = day;
    r.taskId = task.getId();
    r.recipients = String.join(",", people);
    r.remindedAt = clock.now().toInstant();
    try {
      reminders.saveAndFlush(r);
    } catch (DataIntegrityViolationException e) {
      // the same informant clicked twice at once: the unique index decides
      throw alreadyReminded(number, day);
    }
    String names = people.stream().map(id -> directory.person(id).map(PersonInfo::name).orElse(id))
        .collect(Collectors.joining("、"));
    articles.record(article.id(), ArticleEvent.REMINDER, caller, "催办“" + task.getName() + "”"
        + (names.isEmpty() ? "" : "(" + names + ")"));
    String informant = directory.person(caller).map(PersonInfo::name).orElse(caller);
    notifications.send(new Notice(people, NOTICE_KIND, "【催办】信息员催办《" + article.title() + "》",
        informant + " 催办稿件《" + article.title() + "》(编号 " + article.number() + "),该稿件正在“" + task.getName()
            + "”等待您审核,请尽快办理。", task.getId()));
    return new Reminded(article.number(), task.getName(), people, day);
  }

  /** Today when it is a working day, else the next working day (a reminder on a day off counts for that one). */
  private LocalDate workingDay() {
    LocalDate today = clock.today();
    return calendar.isWorkingDay(today) ? today : calendar.nextWorkingDay(today);
  }

  private static ConflictingRequest alreadyReminded(String number, LocalDate day) {
    return new ConflictingRequest("稿件 " + number + " 在本工作日(" + day + ")已经催办过,每个工作日只能催办一次;"
        + "请下一个工作日再催办");
  }
}
