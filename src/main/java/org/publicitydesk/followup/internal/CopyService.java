package org.publicitydesk.followup.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.notification.Notice;
import org.publicitydesk.notification.Notifications;
import org.publicitydesk.organization.OrganizationDirectory.PersonInfo;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.Role;
import org.publicitydesk.review.ArticleEvent;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.review.Articles;
import org.publicitydesk.security.RequestRefused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * 抄送 (issue 16): the reviewer of an article's task copies it to people who may read that unit's items anyway — its
 * members, its supervising leader, the principal leaders, the editorial office. They read it through
 * {@code GET /api/articles/{number}} with the rights they already have (read-only), get a notice, and find it in their
 * 抄送我的 list. The copy is stored per recipient and written into the article's review record.
 */
@Service
@Transactional
class CopyService {

  static final String NOTICE_KIND = "COPY";
  private static final int MAX_RECIPIENTS = 30;
  private static final int MAX_COMMENT = 2000;

  private final TaskPeople taskPeople;
  private final Articles articles;
  private final OrganizationDirectory directory;
  private final Notifications notifications;
  private final CopyRepository copies;
  private final BusinessClock clock;

  CopyService(TaskPeople taskPeople, Articles articles, OrganizationDirectory directory, Notifications notifications,
      CopyRepository copies, BusinessClock clock) {
    this.taskPeople = taskPeople;
    this.articles = articles;
    this.directory = directory;
    this.notifications = notifications;
    this.copies = copies;
    this.clock = clock;
  }

  record Copied(String articleNumber, String title, List<String> to, java.time.Instant copiedAt) {
  }

  /**
   * The people this task's article may be copied to (the same rule as {@link #copy}): everyone who may read the unit's
   * items anyway, except the caller, in the organisation's order.
   */
  @Transactional(readOnly = true)
  List<PersonInfo> candidates(String taskId, String caller, List<String> callerGroups) {
    ArticleInfo article = reviewedArticle(taskId, caller, callerGroups).article();
    UnitInfo unit = directory.unit(article.unitCode())
        .orElseThrow(() -> new RequestRefused("稿件的单位 " + article.unitCode() + " 已不在组织机构中"));
    return directory.people().stream().filter(p -> !p.id().equals(caller) && mayRead(p, unit)).toList();
  }

  private record Reviewed(Task task, ArticleInfo article) {
  }

  /** The task, when the caller works on it and it is a review task of an article; refused otherwise. */
  private Reviewed reviewedArticle(String taskId, String caller, List<String> callerGroups) {
    Task task = taskPeople.task(taskId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "任务 " + taskId + " 不存在或已办结"));
    if (!taskPeople.worksOn(task, caller, callerGroups)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有该任务的办理人或候选人可以抄送");
    }
    ArticleInfo article = task.getProcessInstanceId() == null ? null
        : articles.byProcessInstance(task.getProcessInstanceId()).orElse(null);
    if (article == null || ArticleReviewProcess.TASK_REVISE_ARTICLE.equals(task.getTaskDefinitionKey())) {
      throw new RequestRefused("只有稿件的审核任务可以抄送");
    }
    return new Reviewed(task, article);
  }

  Copied copy(String taskId, List<String> to, String comment, String caller, List<String> callerGroups) {
    Reviewed reviewed = reviewedArticle(taskId, caller, callerGroups);
    Task task = reviewed.task();
    ArticleInfo article = reviewed.article();
    String note = comment == null ? "" : comment.strip();
    if (note.length() > MAX_COMMENT) {
      throw RequestRefused.field("comment 抄送说明", "最多 " + MAX_COMMENT + " 字");
    }
    List<PersonInfo> recipients = recipients(to, caller, article);
    java.time.Instant now = clock.now().toInstant();
    for (PersonInfo person : recipients) {
      CopyEntity c = new CopyEntity();
      c.articleId = article.id();
      c.taskId = task.getId();
      c.taskName = task.getName();
      c.fromUser = caller;
      c.toUser = person.id();
      c.comment = note.isEmpty() ? null : note;
      c.copiedAt = now;
      copies.save(c);
    }
    String names = recipients.stream().map(PersonInfo::name).collect(Collectors.joining("、"));
    articles.record(article.id(), ArticleEvent.COPY, caller, "抄送给 " + names + (note.isEmpty() ? "" : ":" + note));
    String from = directory.person(caller).map(PersonInfo::name).orElse(caller);
    notifications.send(new Notice(recipients.stream().map(PersonInfo::id).collect(Collectors.toCollection(
        java.util.TreeSet::new)), NOTICE_KIND, "【抄送】《" + article.title() + "》",
        from + " 在“" + task.getName() + "”中将稿件《" + article.title() + "》(编号 " + article.number() + ")抄送给您"
            + (note.isEmpty() ? "" : ",说明:" + note) + "。请在工作台“抄送我的”中查看(只读)。", null));
    return new Copied(article.number(), article.title(), recipients.stream().map(PersonInfo::id).toList(), now);
  }

  /**
   * Each recipient must exist and may read the unit's items anyway: a member of the unit, its supervising leader, a
   * principal leader or the editorial office. Anyone else is refused, by name.
   */
  private List<PersonInfo> recipients(List<String> to, String caller, ArticleInfo article) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : to == null ? List.<String>of() : to) {
      if (id != null && !id.isBlank() && !id.strip().equals(caller)) {
        ids.add(id.strip());
      }
    }
    if (ids.isEmpty()) {
      throw RequestRefused.field("to 抄送对象", "请至少选择一位抄送对象(不含您自己)");
    }
    if (ids.size() > MAX_RECIPIENTS) {
      throw RequestRefused.field("to 抄送对象", "一次最多抄送 " + MAX_RECIPIENTS + " 人");
    }
    UnitInfo unit = directory.unit(article.unitCode())
        .orElseThrow(() -> new RequestRefused("稿件的单位 " + article.unitCode() + " 已不在组织机构中"));
    List<PersonInfo> people = new ArrayList<>();
    for (String id : ids) {
      PersonInfo person = directory.person(id)
          .orElseThrow(() -> RequestRefused.field("to 抄送对象", id + " 不在组织机构中"));
      if (!mayRead(person, unit)) {
        throw RequestRefused.field("to 抄送对象", person.name() + "(" + id + ")无权查看" + unit.name()
            + "的稿件,不能抄送;可抄送本单位人员、分管领导、街道主要领导和政工科");
      }
      people.add(person);
    }
    return people;
  }

  private static boolean mayRead(PersonInfo person, UnitInfo unit) {
    return person.units().contains(unit.code()) || person.id().equals(unit.supervisorId())
        || person.roles().contains(Role.PRINCIPAL) || person.roles().contains(Role.EDITOR);
  }
}
