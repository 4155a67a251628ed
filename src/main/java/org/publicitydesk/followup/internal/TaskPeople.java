package org.publicitydesk.followup.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.security.EngineAccess;
import org.springframework.stereotype.Component;

/**
 * Who works on an article's tasks, read from the engine as the system (the caller's own rights are checked by the
 * services): a task by id, the open review task of an instance, whether a user is its assignee or a candidate, and the
 * people a reminder goes to (the assignee, else every candidate user and member of a candidate group).
 */
@Component
class TaskPeople {

  /** The steps an article waits at for a reviewer (R1, R1.5). */
  static final List<String> REVIEW_STEPS = List.of(ArticleReviewProcess.TASK_REVIEW_BY_UNIT_HEAD,
      ArticleReviewProcess.TASK_REVIEW_BY_SUPERVISOR, ArticleReviewProcess.TASK_REVIEW_BY_PRINCIPAL,
      ArticleReviewProcess.TASK_ADDED_REVIEW,
      ArticleReviewProcess.TASK_EDITORIAL_REVIEW);

  private final TaskService tasks;
  private final IdentityService identity;
  private final EngineAccess engine;

  TaskPeople(TaskService tasks, IdentityService identity, EngineAccess engine) {
    this.tasks = tasks;
    this.identity = identity;
    this.engine = engine;
  }

  Optional<Task> task(String taskId) {
    return Optional.ofNullable(engine.asSystem(() -> tasks.createTaskQuery().taskId(taskId).singleResult()));
  }

  Optional<Task> openReviewTask(String processInstanceId) {
    return engine.asSystem(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).list()).stream()
        .filter(t -> REVIEW_STEPS.contains(t.getTaskDefinitionKey())).findFirst();
  }

  /** The user is the task's assignee or owner, a candidate user, or in a candidate group. */
  boolean worksOn(Task task, String userId, List<String> groups) {
    if (userId.equals(task.getAssignee()) || userId.equals(task.getOwner())) {
      return true;
    }
    return links(task).stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .anyMatch(l -> userId.equals(l.getUserId()) || (l.getGroupId() != null && groups.contains(l.getGroupId())));
  }

  Set<String> reviewers(Task task) {
    Set<String> people = new TreeSet<>();
    if (task.getAssignee() != null) {
      people.add(task.getAssignee());
      return people;
    }
    for (IdentityLink link : links(task)) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        people.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        engine.asSystem(() -> identity.createUserQuery().memberOfGroup(link.getGroupId()).list())
            .forEach(u -> people.add(u.getId()));
      }
    }
    return people;
  }

  private List<IdentityLink> links(Task task) {
    return engine.asSystem(() -> tasks.getIdentityLinksForTask(task.getId()));
  }
}
