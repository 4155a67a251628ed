package org.publicitydesk.review.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The people a task's notices go to: its assignee, or else every candidate user and member of a candidate group. */
@Component
class TaskRecipients {

  private final TaskService tasks;
  private final IdentityService identity;

  TaskRecipients(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  Set<String> of(Task task) {
    return of(task.getAssignee(),
        task.getAssignee() != null ? List.of() : tasks.getIdentityLinksForTask(task.getId()));
  }

  /**
   * The same from a task's assignee and identity links (a task being created, {@link ReviewDeadlineListener}: its
   * caller decides whether the user query runs with authorization checks).
   */
  Set<String> of(String assignee, Collection<? extends IdentityLink> links) {
    Set<String> people = new TreeSet<>();
    if (assignee != null) {
      people.add(assignee);
      return people;
    }
    for (IdentityLink link : links) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        people.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        identity.createUserQuery().memberOfGroup(link.getGroupId()).list().forEach(u -> people.add(u.getId()));
      }
    }
    return people;
  }
}
