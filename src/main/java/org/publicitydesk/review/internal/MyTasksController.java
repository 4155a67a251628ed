package org.publicitydesk.review.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.security.EngineAccess;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me/tasks} (待我审批, issue 16): the caller's open review tasks of {@code ArticleReview} — assigned to
 * the caller, offered to a group of the caller and nobody's yet, delegated to the caller (委派, to answer with an
 * opinion), or owned by the caller and delegated to someone else (waiting for that opinion). Read as the system from
 * the task's identity links; the article's facts come from {@code pd_article}, never from process variables.
 */
@RestController
@Tag(name = "审批操作", description = "待我审批、转办、委派、批量审批、代理")
class MyTasksController {

  /** The steps that are not a reviewer's decision: revising, the editorial office's work. */
  private static final Set<String> NOT_REVIEW = Set.of(ArticleReviewProcess.TASK_REVISE_ARTICLE,
      ArticleReviewProcess.TASK_EDITORIAL_REVIEW, "Task_RecordAdoption");

  private final TaskService tasks;
  private final IdentityService identity;
  private final EngineAccess engine;
  private final ArticleRepository articles;
  private final OrganizationDirectory directory;
  private final Deputies deputies;

  MyTasksController(TaskService tasks, IdentityService identity, EngineAccess engine, ArticleRepository articles,
      OrganizationDirectory directory, Deputies deputies) {
    this.tasks = tasks;
    this.identity = identity;
    this.engine = engine;
    this.articles = articles;
    this.directory = directory;
    this.deputies = deputies;
  }

  /** Where an open review task stands for me (issue 16). */
  enum TaskState {
    /** Assigned to me. */
    MINE,
    /** My group's, nobody's yet. */
    OFFERED,
    /** Delegated to me: answer with 回复意见. */
    DELEGATED_TO_ME,
    /** Delegated by me: waiting for the colleague's opinion. */
    DELEGATED_BY_ME
  }

  /** One open review task. */
  record MyTask(String taskId, String taskKey, String taskName, String articleNumber, String title, String unitCode,
      String unitName, String informant, String itemClass, String itemClassLabel, String route, boolean urgent, Instant since,
      Instant due, TaskState state, String stateLabel, String assignee, String assigneeName, String owner,
      String ownerName, String onBehalfOf, String onBehalfOfName) {
  }

  @Operation(summary = "待我审批", description = "当前用户待办的稿件审核任务:分配给我的、本组尚未认领的、委派给我的(请回复意见)"
      + "和我委派给他人、等待意见的;每项含稿件编号、标题、单位、类别与审核链、到达时间、办理人与委派状态、代理情况。最早到达的在前。")
  @GetMapping("/api/me/tasks")
  @Transactional(readOnly = true)
  List<MyTask> myTasks() {
    Authentication auth = identity.getCurrentAuthentication();
    String me = auth.getUserId();
    List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    Map<String, Task> open = new LinkedHashMap<>();
    engine.asSystem(() -> {
      query().taskAssignee(me).list().forEach(t -> open.put(t.getId(), t));
      query().taskOwner(me).list().forEach(t -> open.put(t.getId(), t));
      if (!groups.isEmpty()) {
        query().taskCandidateGroupIn(groups).taskUnassigned().list().forEach(t -> open.put(t.getId(), t));
      }
      return null;
    });
    List<MyTask> mine = new ArrayList<>();
    for (Task t : open.values()) {
      if (NOT_REVIEW.contains(t.getTaskDefinitionKey())) {
        continue;
      }
      articles.findByProcessInstanceId(t.getProcessInstanceId()).ifPresent(a -> mine.add(view(t, a, me)));
    }
    mine.sort(Comparator.comparing(MyTask::since));
    return mine;
  }

  private org.camunda.bpm.engine.task.TaskQuery query() {
    return tasks.createTaskQuery().processDefinitionKey(ArticleReviewProcess.KEY).active();
  }

  private MyTask view(Task t, ArticleEntity a, String me) {
    boolean pending = t.getDelegationState() == DelegationState.PENDING;
    TaskState state = pending && me.equals(t.getAssignee()) ? TaskState.DELEGATED_TO_ME
        : pending && me.equals(t.getOwner()) ? TaskState.DELEGATED_BY_ME
        : t.getAssignee() == null ? TaskState.OFFERED : TaskState.MINE;
    String stateLabel = switch (state) {
      case DELEGATED_TO_ME -> name(t.getOwner()) + " 请您先审阅,回复意见后交还";
      case DELEGATED_BY_ME -> "已委派 " + name(t.getAssignee()) + " 审阅,等待意见";
      case OFFERED -> "待认领";
      case MINE -> "由我办理";
    };
    Optional<String> absent = t.getAssignee() == null ? Optional.empty() : deputies.absentFor(t.getId(), t.getAssignee());
    return new MyTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), a.number, a.title, a.unitCode,
        directory.unit(a.unitCode).map(OrganizationDirectory.UnitInfo::name).orElse(a.unitCode), a.informant,
        a.itemClass.name(),
        a.itemClass.label(), a.itemClass.chain(), a.urgent, t.getCreateTime().toInstant(),
        t.getDueDate() == null ? null : t.getDueDate().toInstant(), state, stateLabel, t.getAssignee(),
        t.getAssignee() == null ? null : name(t.getAssignee()), t.getOwner(),
        t.getOwner() == null ? null : name(t.getOwner()), absent.orElse(null), absent.map(this::name).orElse(null));
  }

  private String name(String person) {
    return person == null ? "" : directory.person(person).map(OrganizationDirectory.PersonInfo::name).orElse(person);
  }
}
