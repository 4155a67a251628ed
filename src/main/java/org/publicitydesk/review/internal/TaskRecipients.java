package org.publicitydesk.review.internal;

import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The people a task reminder goes to: its assignee, or else every candidate user and member of a candidate group. */
@Component
class TaskRecipients {

  private final TaskService tasks;
  private final IdentityService identity;

  TaskRecipients(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  Set<String> of(Task task) {
    Set<String> people = new TreeSet<>();
    if (task.getAssignee() != null) {
      people.add(task.getAssignee());
      return people;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
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
