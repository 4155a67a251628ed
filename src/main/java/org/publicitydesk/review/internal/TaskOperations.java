package org.publicitydesk.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.publicitydesk.notification.Notice;
import org.publicitydesk.notification.Notifications;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.security.EngineAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval operations of an office (issue 16) on the tasks of {@code ArticleReview}: 转办 (transfer to another
 * person allowed at that level), 委派 (a colleague looks first and answers with an opinion; the owner still decides)
 * 加签 (the approving reviewer adds one more reviewer before the next level, {@code Task_AddedReview}) and 批量审批 (a
 * leader approves several articles with one opinion). The server checks who may do what and moves the
 * task as the system, keeping the caller as the user of Camunda's operation log; each operation is a line of the
 * article's review record, and none lets a person approve one article at two levels of R1.
 */
@Service
@Transactional
class TaskOperations {

  static final String TRANSFER = "TRANSFER";
  static final String DELEGATION = "DELEGATION";
  static final String OPINION = "OPINION";
  static final String ADD_REVIEWER = "ADD_REVIEWER";

  private final TaskService tasks;
  private final ReviewTasks reviewTasks;
  private final EngineAccess engine;
  private final ArticleService articles;
  private final Deputies deputies;
  private final OrganizationDirectory directory;
  private final Notifications notifications;

  TaskOperations(TaskService tasks, ReviewTasks reviewTasks, EngineAccess engine, ArticleService articles,
      Deputies deputies, OrganizationDirectory directory, Notifications notifications) {
    this.tasks = tasks;
    this.reviewTasks = reviewTasks;
    this.engine = engine;
    this.articles = articles;
    this.deputies = deputies;
    this.directory = directory;
    this.notifications = notifications;
  }

  /** A task of ArticleReview with its article and candidate groups. */
  record ReviewTask(Task task, ArticleEntity article, Set<String> candidateGroups) {

    String key() {
      return task.getTaskDefinitionKey();
    }
  }

  /** People to whom the caller may hand this task (转办): the others allowed at that level, and the caller's deputy. */
  @Transactional(readOnly = true)
  List<String> transferCandidates(String taskId, String caller, List<String> callerGroups) {
    ReviewTask t = workable(taskId, caller, callerGroups);
    List<String> people = new ArrayList<>(t.candidateGroups().stream().flatMap(g -> deputies.members(g).stream())
        .filter(p -> !p.equals(caller)).distinct().toList());
    deputies.activeFor(caller).filter(d -> !people.contains(d)).ifPresent(people::add);
    return people.stream().filter(p -> !oneLevelConflict(t, p)).sorted().toList();
  }

  void transfer(String taskId, String caller, List<String> callerGroups, String to, String comment) {
    ReviewTask t = workable(taskId, caller, callerGroups);
    String note = SubmissionChecks.comment(comment);
    if (to == null || !transferCandidates(taskId, caller, callerGroups).contains(to)) {
      throw new SubmissionRejected("to 转办给", name(to) + " 不能办理“" + t.task().getName()
          + "”:只能转办给本级的其他审核人或您的代理人,且同一人不能在两级审核同一稿件(R1)");
    }
    engine.asSystem(() -> {
      tasks.setAssignee(taskId, to);
      return null;
    });
    articles.step(t.article(), TRANSFER, caller, StepDecision.TRANSFERRED, "转办给 " + name(to) + (note == null ? "" : ":" + note));
    notifications.send(new Notice(Set.of(to), "TRANSFER", "转办:" + t.article().title,
        name(caller) + " 将“" + t.task().getName() + "”转办给您(稿件 " + t.article().number + ")", taskId));
  }

  void delegate(String taskId, String caller, List<String> callerGroups, String to, String comment) {
    ReviewTask t = workable(taskId, caller, callerGroups);
    if (!ArticleReviewProcess.isReviewLevel(t.key())) {
      throw new SubmissionRejected("taskId 任务", "只有审核任务可以委派");
    }
    String note = SubmissionChecks.comment(comment);
    if (to == null || to.equals(caller) || to.equals(t.article().informant) || !readsUnit(to, t.article().unitCode)) {
      throw new SubmissionRejected("to 委派给", name(to) + " 不能审阅这篇稿件:只能委派给能查看本单位稿件的同事"
          + "(本单位人员、分管领导、主要领导、政工科),且不能是报送人");
    }
    engine.asSystem(() -> {
      if (t.task().getAssignee() == null) {
        tasks.claim(taskId, caller);
      }
      tasks.delegateTask(taskId, to);
      return null;
    });
    articles.step(t.article(), DELEGATION, caller, StepDecision.DELEGATED, "请 " + name(to) + " 先行审阅" + (note == null ? "" : ":" + note));
    notifications.send(new Notice(Set.of(to), "DELEGATION", "请您审阅:" + t.article().title,
        name(caller) + " 请您先审阅稿件 " + t.article().number + " 并提出意见", taskId));
  }

  /** The delegate answers with an opinion; the task returns to its owner, who still decides. */
  void resolve(String taskId, String caller, String comment) {
    ReviewTask t = task(taskId);
    if (!caller.equals(t.task().getAssignee()) || t.task().getDelegationState() != DelegationState.PENDING) {
      throw new org.camunda.bpm.engine.AuthorizationException("这项任务没有委派给您,不能提出意见");
    }
    String opinion = SubmissionChecks.comment(comment);
    if (opinion == null) {
      throw new SubmissionRejected("comment 意见", "请填写您的审阅意见");
    }
    engine.asSystem(() -> {
      tasks.resolveTask(taskId);
      return null;
    });
    articles.step(t.article(), OPINION, caller, StepDecision.OPINION, opinion);
    notifications.send(new Notice(Set.of(t.task().getOwner()), "OPINION", "审阅意见:" + t.article().title,
        name(caller) + " 已提出意见:" + opinion, taskId));
  }

  /** 批量审批: one approval with one opinion, in its own transaction so one refusal leaves the others approved. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  String approveOne(String taskId, String caller, List<String> callerGroups, String comment) {
    ReviewTask t = workable(taskId, caller, callerGroups);
    if (!ArticleReviewProcess.isApproval(t.key())) {
      throw new SubmissionRejected("taskIds 任务", "“" + t.task().getName() + "”不是审核任务,不能批量同意");
    }
    if (t.task().getDelegationState() == DelegationState.PENDING) {
      throw new SubmissionRejected("taskIds 任务", "稿件 " + t.article().number + " 正由被委派人审阅");
    }
    approve(taskId, comment);
    return t.article().number;
  }

  /**
   * People the caller may add after approving (加签): members of the article's unit and its supervising leaders, but
   * not the caller, the informant, anyone who approved this article already (one person, one level) or anyone who
   * reviews at a later level of its route anyway.
   */
  @Transactional(readOnly = true)
  List<String> reviewerCandidates(String taskId, String caller, List<String> callerGroups) {
    ReviewTask t = addingReviewer(taskId, caller, callerGroups);
    ArticleEntity a = t.article();
    int level = ArticleReviewProcess.level(t.key());
    Set<String> later = new java.util.HashSet<>();
    if (a.needsSupervisor && level < 2) {
      later.addAll(deputies.members(Groups.unitSupervisor(a.unitCode)));
    }
    if (a.needsPrincipal && level < 3) {
      later.addAll(deputies.members(Groups.PRINCIPALS));
    }
    Set<String> approvedAlready = articles.approvers(a);
    return java.util.stream.Stream.concat(deputies.members(Groups.unit(a.unitCode)).stream(),
            deputies.members(Groups.unitSupervisor(a.unitCode)).stream())
        .filter(p -> !p.equals(caller) && !p.equals(a.informant) && !approvedAlready.contains(p) && !later.contains(p))
        .distinct().sorted().toList();
  }

  /**
   * 加签: the caller approves the task with {@code comment} and adds {@code reviewer}, who approves or returns before
   * the next level ({@code Task_AddedReview}); the process routes by the article, not by a variable.
   */
  String addReviewer(String taskId, String caller, List<String> callerGroups, String reviewer, String comment) {
    ReviewTask t = addingReviewer(taskId, caller, callerGroups);
    String note = SubmissionChecks.comment(comment);
    if (reviewer == null || !reviewerCandidates(taskId, caller, callerGroups).contains(reviewer)) {
      throw new SubmissionRejected("reviewer 加签人", name(reviewer) + " 不能加签审核这篇稿件:只能加本单位人员或本单位的"
          + "分管领导,不能是报送人、已审核过本稿的人或后面还要审核的领导(同一人不能在两级审核,R1)");
    }
    t.article().addReviewerAfter(ArticleReviewProcess.level(t.key()), reviewer);
    approve(taskId, note);
    articles.step(t.article(), ADD_REVIEWER, caller, StepDecision.ADDED, "加签 " + name(reviewer) + " 审核");
    notifications.send(new Notice(Set.of(reviewer), "ADDED_REVIEW", "加签审核:" + t.article().title,
        name(caller) + " 同意稿件 " + t.article().number + " 并请您加签审核", null));
    return t.article().number;
  }

  /** Completes the task as the caller with an approval: the decision goes through the task's listener (R1). */
  private void approve(String taskId, String comment) {
    Map<String, Object> answer = new java.util.HashMap<>();
    answer.put(ArticleReviewProcess.APPROVED, true);
    answer.put(ArticleReviewProcess.COMMENT, comment);
    tasks.complete(taskId, answer);
  }

  private ReviewTask addingReviewer(String taskId, String caller, List<String> callerGroups) {
    ReviewTask t = workable(taskId, caller, callerGroups);
    if (!ArticleReviewProcess.isReviewLevel(t.key())) {
      throw new SubmissionRejected("taskId 任务", "只有单位负责人、分管领导和主要领导的审核任务可以加签");
    }
    if (t.task().getDelegationState() == DelegationState.PENDING) {
      throw new SubmissionRejected("taskId 任务", "稿件 " + t.article().number + " 正由被委派人审阅,收回后才能加签");
    }
    return t;
  }

  private ReviewTask workable(String taskId, String caller, List<String> callerGroups) {
    ReviewTask t = task(taskId);
    Task task = t.task();
    boolean mine = caller.equals(task.getAssignee())
        || task.getAssignee() == null && callerGroups.stream().anyMatch(t.candidateGroups()::contains);
    if (!mine) {
      throw new org.camunda.bpm.engine.AuthorizationException("这项任务不在您的待办中(或已由他人认领),不能办理");
    }
    return t;
  }

  private ReviewTask task(String taskId) {
    Task task = reviewTasks.find(taskId)
        .orElseThrow(() -> new SubmissionRejected("taskId 任务", "任务 " + taskId + " 不存在,或不是稿件审核任务"));
    Set<String> groups = engine.asSystem(() -> tasks.getIdentityLinksForTask(taskId)).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    return new ReviewTask(task, articles.byInstance(task.getProcessInstanceId()), groups);
  }

  private boolean oneLevelConflict(ReviewTask t, String person) {
    return ArticleReviewProcess.isReviewLevel(t.key()) && articles.approvedAtAnotherLevel(t.article(), person, t.key());
  }

  /** Who may read a unit's items anyway: its members, its supervising leader, the principals, the editorial office. */
  private boolean readsUnit(String person, String unitCode) {
    Set<String> groups = deputies.groups(person);
    return groups.contains(Groups.unit(unitCode)) || groups.contains(Groups.unitSupervisor(unitCode))
        || groups.contains(Groups.PRINCIPALS) || groups.contains(Groups.EDITORIAL);
  }

  private String name(String person) {
    return person == null ? "(未选择)"
        : directory.person(person).map(OrganizationDirectory.PersonInfo::name).orElse(person);
  }
}
