package org.publicitydesk.review.internal;

import org.camunda.bpm.engine.task.Task;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.security.ReadableTasks;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/tasks/{taskId}/view}: what the forms of {@code ArticleReview}'s user tasks show of their article
 * ({@link ArticleFormView}), computed when the form opens instead of stored in the process at every step (issue 17).
 * Readable by whoever may read the task in Tasklist: the engine's authorizations decide, as for Tasklist itself.
 */
@RestController
class TaskViewController {

  private final ReadableTasks readable;
  private final ReviewTasks reviewTasks;
  private final ArticleFormView view;

  TaskViewController(ReadableTasks readable, ReviewTasks reviewTasks, ArticleFormView view) {
    this.readable = readable;
    this.reviewTasks = reviewTasks;
    this.view = view;
  }

  @io.swagger.v3.oas.annotations.Operation(summary = "审核表单显示的稿件",
      description = "稿件审核任务的表单所显示的稿件概要、正文和审核记录;能在任务清单中查看该任务的人可读,其他人 403。")
  @GetMapping("/api/tasks/{taskId}/view")
  ArticleFormView.View view(@PathVariable String taskId) {
    Task task = reviewTasks.find(taskId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "任务 " + taskId + " 不存在,或不是稿件审核任务"));
    if (readable.find(taskId, ArticleReviewProcess.KEY, null).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您无权查看任务 " + taskId);
    }
    return view.view(task.getProcessInstanceId());
  }
}
