package org.publicitydesk.review.internal;

import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.security.EngineAccess;
import org.springframework.stereotype.Component;

/** A task of {@code ArticleReview} by id, read as the system; the callers check the person's own rights. */
@Component
class ReviewTasks {

  private final TaskService tasks;
  private final RepositoryService repository;
  private final EngineAccess engine;

  ReviewTasks(TaskService tasks, RepositoryService repository, EngineAccess engine) {
    this.tasks = tasks;
    this.repository = repository;
    this.engine = engine;
  }

  /** The open task, when it exists and belongs to an {@code ArticleReview} instance. */
  Optional<Task> find(String taskId) {
    Task task = engine.asSystem(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
    if (task == null || task.getProcessDefinitionId() == null || !ArticleReviewProcess.KEY.equals(
        engine.asSystem(() -> repository.getProcessDefinition(task.getProcessDefinitionId()).getKey()))) {
      return Optional.empty();
    }
    return Optional.of(task);
  }
}
