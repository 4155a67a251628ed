package org.publicitydesk.security;

import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * A task the signed-in person may read, exactly as Tasklist would show it to them: the query runs with the caller's
 * authentication, so the engine's authorizations decide. For the forms' reads under {@code /api/tasks/{taskId}/…}
 * (the article, the adoption form, the opinion report).
 */
@Component
public class ReadableTasks {

  private final TaskService tasks;

  ReadableTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  /** The task, if the caller may read it and it belongs to {@code processKey} (and is {@code taskKey}, if given). */
  public Optional<Task> find(String taskId, String processKey, String taskKey) {
    TaskQuery query = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(processKey);
    return Optional.ofNullable((taskKey == null ? query : query.taskDefinitionKey(taskKey)).singleResult());
  }
}
