package org.publicitydesk.adoption.internal;

import org.publicitydesk.adoption.RecordAdoptionTask;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.review.Articles;
import org.publicitydesk.security.ReadableTasks;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/tasks/{taskId}/adoption-form}: the media options and the adoptions so far that
 * {@code forms/record-adoption.html} shows ({@link AdoptionForm}), read when the form opens. Readable by whoever
 * may read the task in Tasklist ({@link ReadableTasks}).
 */
@RestController
class AdoptionFormController {

  private final ReadableTasks readable;
  private final Articles articles;
  private final AdoptionForm form;

  AdoptionFormController(ReadableTasks readable, Articles articles, AdoptionForm form) {
    this.readable = readable;
    this.articles = articles;
    this.form = form;
  }

  @io.swagger.v3.oas.annotations.Operation(summary = "登记媒体采用表单的内容",
      description = "媒体目录(选项)和该稿件已登记的采用;能在任务清单中查看该任务的人可读,否则 404。")
  @GetMapping("/api/tasks/{taskId}/adoption-form")
  AdoptionForm.View view(@PathVariable String taskId) {
    ArticleInfo article = readable.find(taskId, ArticleReviewProcess.KEY, RecordAdoptionTask.TASK)
        .flatMap(task -> articles.byProcessInstance(task.getProcessInstanceId()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "任务 " + taskId + " 不存在、不是登记媒体采用任务,或您无权查看"));
    return form.view(article.id());
  }
}
