package org.publicitydesk.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
// impl: IdentityService.getCurrentAuthentication() answers with this class; there is no public type for it
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/tasks/…} and {@code /api/me/deputy}: the approval operations of issue 16 (contract "Desk and approval
 * operations"), for the person signed in ({@link TaskOperations}, {@link Deputies}).
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "审批操作", description = "待我审批、转办、委派、批量审批、代理")
class TaskOperationsController {

  private final TaskOperations operations;
  private final Deputies deputies;
  private final IdentityService identity;
  private final CurrentUser user;
  private final OrganizationDirectory directory;

  TaskOperationsController(TaskOperations operations, Deputies deputies, IdentityService identity, CurrentUser user,
      OrganizationDirectory directory) {
    this.operations = operations;
    this.deputies = deputies;
    this.identity = identity;
    this.user = user;
    this.directory = directory;
  }

  record Handover(String to, String comment) {
  }

  record Opinion(String comment) {
  }

  record Person(String id, String name) {
  }

  record Addition(String reviewer, String comment) {
  }

  record Added(String articleNumber, String reviewer, String reviewerName) {
  }

  record Batch(List<String> taskIds, String comment) {
  }

  record BatchAnswer(String taskId, String articleNumber, boolean approved, String message) {
  }

  record DeputyRequest(String deputy, LocalDate from, LocalDate until) {
  }

  record DeputyView(String userId, String deputy, String deputyName, LocalDate from, LocalDate until) {
  }

  /** The people to whom this task may be transferred, by name (转办 picks from this list). */
  @GetMapping("/api/tasks/{taskId}/transfer-candidates")
  List<Person> transferCandidates(@PathVariable String taskId) {
    return operations.transferCandidates(taskId, me(), groups()).stream().map(this::person).toList();
  }

  /** 转办: the new person owns the task. */
  @PostMapping("/api/tasks/{taskId}/transfer")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void transfer(@PathVariable String taskId, @RequestBody Handover handover) {
    operations.transfer(taskId, me(), groups(), handover.to(), handover.comment());
  }

  /** 委派: a colleague looks first and answers with an opinion; the task then returns to the caller. */
  @PostMapping("/api/tasks/{taskId}/delegate")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delegate(@PathVariable String taskId, @RequestBody Handover handover) {
    operations.delegate(taskId, me(), groups(), handover.to(), handover.comment());
  }

  /** The people the caller may add as a reviewer after approving this task (加签 picks from this list). */
  @GetMapping("/api/tasks/{taskId}/reviewer-candidates")
  List<Person> reviewerCandidates(@PathVariable String taskId) {
    return operations.reviewerCandidates(taskId, me(), groups()).stream().map(this::person).toList();
  }

  /** 加签: the caller approves with the comment, and the added reviewer decides before the next level. */
  @PostMapping("/api/tasks/{taskId}/add-reviewer")
  Added addReviewer(@PathVariable String taskId, @RequestBody Addition addition) {
    String number = operations.addReviewer(taskId, me(), groups(), addition.reviewer(), addition.comment());
    return new Added(number, addition.reviewer(), person(addition.reviewer()).name());
  }

  /** The delegate's opinion; never the decision. */
  @PostMapping("/api/tasks/{taskId}/resolve")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void resolve(@PathVariable String taskId, @RequestBody Opinion opinion) {
    operations.resolve(taskId, me(), opinion.comment());
  }

  /** 批量审批: each article approved with the same opinion, each answered on its own. */
  @PostMapping("/api/tasks/batch-approve")
  List<BatchAnswer> batchApprove(@RequestBody Batch batch) {
    if (batch.taskIds() == null || batch.taskIds().isEmpty() || batch.taskIds().size() > 100) {
      throw new SubmissionRejected("taskIds 任务", "请选择 1–100 项待审核的稿件");
    }
    List<BatchAnswer> answers = new ArrayList<>();
    for (String taskId : batch.taskIds()) {
      try {
        String number = operations.approveOne(taskId, me(), groups(), batch.comment());
        answers.add(new BatchAnswer(taskId, number, true, "已同意"));
      } catch (RuntimeException refused) {
        answers.add(new BatchAnswer(taskId, null, false, org.publicitydesk.security.RetryableFailures
            .lostRace(refused) != null ? "该任务已被他人处理" : chinese(refused)));
      }
    }
    return answers;
  }

  @GetMapping("/api/me/deputy")
  DeputyView myDeputy() {
    return deputies.of(me()).map(this::view).orElse(null);
  }

  @PutMapping("/api/me/deputy")
  DeputyView setMyDeputy(@RequestBody DeputyRequest request) {
    return view(deputies.set(me(), request.deputy(), request.from(), request.until(), me()));
  }

  @DeleteMapping("/api/me/deputy")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void clearMyDeputy() {
    deputies.clear(me());
  }

  /** An administrator names a deputy for someone who is away and cannot do it. */
  @PutMapping("/api/users/{userId}/deputy")
  DeputyView setDeputy(@PathVariable String userId, @RequestBody DeputyRequest request) {
    String admin = user.requireAny("只有系统管理员可以为他人设置代理人", Groups.ADMIN);
    return view(deputies.set(userId, request.deputy(), request.from(), request.until(), admin));
  }

  /** The people who may stand in for the caller (代理设置 picks from this list). */
  @io.swagger.v3.oas.annotations.Operation(summary = "可以做我代理人的人")
  @GetMapping("/api/me/deputy-candidates")
  List<Person> myDeputyCandidates() {
    return deputies.candidates(me()).stream().map(this::person).toList();
  }

  /** For an administrator: the people who may stand in for {@code userId}. */
  @io.swagger.v3.oas.annotations.Operation(summary = "可以做某人代理人的人(系统管理员)")
  @GetMapping("/api/users/{userId}/deputy-candidates")
  List<Person> deputyCandidates(@PathVariable String userId) {
    user.requireAny("只有系统管理员可以为他人设置代理人", Groups.ADMIN);
    if (directory.person(userId).isEmpty()) {
      throw new SubmissionRejected("userId 人员", "没有 " + userId + " 这个人");
    }
    return deputies.candidates(userId).stream().map(this::person).toList();
  }

  /** One head or leader with the deputy named for them, if any (the administrator's overview). */
  record Absence(String userId, String name, String deputy, String deputyName, LocalDate from, LocalDate until) {
  }

  /** For an administrator: every unit head and leader with their deputy setting (null when none). */
  @io.swagger.v3.oas.annotations.Operation(summary = "所有单位负责人和领导的代理设置(系统管理员)")
  @GetMapping("/api/deputies")
  List<Absence> allDeputies() {
    user.requireAny("只有系统管理员可以查看所有代理设置", Groups.ADMIN);
    java.util.Map<String, Deputies.Deputy> set = deputies.all();
    return directory.people().stream().filter(p -> p.roles().contains(org.publicitydesk.organization.Role.UNIT_HEAD)
        || p.roles().contains(org.publicitydesk.organization.Role.SUPERVISOR)
        || p.roles().contains(org.publicitydesk.organization.Role.PRINCIPAL)).map(p -> {
          Deputies.Deputy d = set.get(p.id());
          return d == null ? new Absence(p.id(), p.name(), null, null, null, null)
              : new Absence(p.id(), p.name(), d.deputy(), person(d.deputy()).name(), d.from(), d.until());
        }).toList();
  }

  /** An administrator cancels the deputy named for {@code userId}. */
  @io.swagger.v3.oas.annotations.Operation(summary = "取消某人的代理设置(系统管理员)")
  @DeleteMapping("/api/users/{userId}/deputy")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void clearDeputy(@PathVariable String userId) {
    user.requireAny("只有系统管理员可以为他人取消代理人", Groups.ADMIN);
    deputies.clear(userId);
  }

  private DeputyView view(Deputies.Deputy d) {
    return new DeputyView(d.userId(), d.deputy(), person(d.deputy()).name(), d.from(), d.until());
  }

  private Person person(String id) {
    return new Person(id, directory.person(id).map(OrganizationDirectory.PersonInfo::name).orElse(id));
  }

  private static String chinese(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SubmissionRejected || t instanceof org.camunda.bpm.engine.AuthorizationException) {
        return t.getMessage();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return "无法同意这项任务,请单独办理";
  }

  private String me() {
    return user.id();
  }

  private List<String> groups() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
  }
}
