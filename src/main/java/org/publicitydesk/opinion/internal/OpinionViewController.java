package org.publicitydesk.opinion.internal;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.task.Task;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.documents.Markdown;
import org.publicitydesk.opinion.PublicOpinionReportProcess;
import org.publicitydesk.security.ReadableTasks;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/tasks/{taskId}/opinion-view}: the report that the forms of {@code PublicOpinionReport}'s tasks
 * (opinion-check.html, bulletin-adoption.html) show, with its time and whether it was on time (R3.1), read when the
 * form opens instead of stored in every report's process (issue 17: the 09:15 rush writes hundreds at once). Readable
 * by whoever may read the task in Tasklist ({@link ReadableTasks}).
 */
@RestController
class OpinionViewController {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** The report as the forms show it (Markdown written by the server, user text escaped). */
  record View(String opinionSummary) {
  }

  private final ReadableTasks readable;
  private final OpinionService opinions;
  private final BusinessClock clock;

  OpinionViewController(ReadableTasks readable, OpinionService opinions, BusinessClock clock) {
    this.readable = readable;
    this.opinions = opinions;
    this.clock = clock;
  }

  @io.swagger.v3.oas.annotations.Operation(summary = "舆情信息任务表单显示的内容",
      description = "舆情信息的标题、报送时间、是否按时和正文;能在任务清单中查看该任务的人可读,否则 404。")
  @GetMapping("/api/tasks/{taskId}/opinion-view")
  @Transactional(readOnly = true)
  View view(@PathVariable String taskId) {
    Task task = readable.find(taskId, PublicOpinionReportProcess.KEY, null).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "任务 " + taskId + " 不存在、不是舆情信息任务,或您无权查看"));
    OpinionReportEntity r = opinions.byInstance(task.getProcessInstanceId());
    return new View("### 《" + Markdown.escape(r.title) + "》\n\n**报送时间** "
        + SHOWN.format(r.submittedAt.atZone(clock.zone()))
        + " · **" + (r.onTime ? "按时报送(09:15 前)" : "迟报(09:15 后或非工作日),不计分") + "**\n\n"
        + Markdown.escape(r.content));
  }
}
