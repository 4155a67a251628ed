package org.publicitydesk.review.internal;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.security.EngineAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections are application operations, not engine surgery (issue 14): the editorial office moves an article back
 * one review level, or withdraws it at its unit's request. Each needs a reason, goes through the article's guarded
 * transitions, is written into its review record, and moves the process as the system.
 */
@Service
@Transactional
class ArticleCorrections {

  static final String STEP = "CORRECTION";
  private static final List<String> LEVELS = List.of(ArticleReviewProcess.TASK_REVIEW_BY_UNIT_HEAD,
      ArticleReviewProcess.TASK_REVIEW_BY_SUPERVISOR, ArticleReviewProcess.TASK_REVIEW_BY_PRINCIPAL);

  private final ArticleService articles;
  private final ArticleRepository repository;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final EngineAccess engine;

  ArticleCorrections(ArticleService articles, ArticleRepository repository, RuntimeService runtime, TaskService tasks,
      EngineAccess engine) {
    this.articles = articles;
    this.repository = repository;
    this.runtime = runtime;
    this.tasks = tasks;
    this.engine = engine;
  }

  /** The article waits for the editorial office or a higher level: it goes back to the level below, to decide again. */
  ArticleEntity stepBack(String number, String editor, String reason) {
    ArticleEntity a = live(number);
    String why = reason(reason);
    String current = reviewTask(a);
    int level = switch (current) {
      case ArticleReviewProcess.TASK_EDITORIAL_REVIEW -> a.requiredLevels();
      case ArticleReviewProcess.TASK_ADDED_REVIEW -> a.addedAfterLevel; // back to the level that added (加签)
      default -> LEVELS.indexOf(current);
    };
    if (level < 1) {
      throw new SubmissionRejected("更正", "稿件 " + number + " 正在单位负责人审核或不在审核中,没有上一级可退回;"
          + "如需修改请由审核人退回信息员");
    }
    a.stepBackTo(level);
    String target = LEVELS.get(level - 1);
    articles.step(a, STEP, editor, StepDecision.STEPPED_BACK, why + "(退回到" + ArticleSummary.stepLabel(target) + ")");
    engine.asSystem(() -> {
      runtime.createProcessInstanceModification(a.processInstanceId).cancelAllForActivity(current)
          .startBeforeActivity(target).execute();
      return null;
    });
    return a;
  }

  /** At the unit's request the article is withdrawn, wherever it waits before it was concluded. */
  ArticleEntity withdraw(String number, String editor, String reason) {
    ArticleEntity a = live(number);
    String why = reason(reason);
    a.withdrawOnRequest();
    articles.step(a, STEP, editor, StepDecision.WITHDRAWN_REQ, why);
    engine.asSystem(() -> {
      ProcessInstanceModificationBuilder move = runtime.createProcessInstanceModification(a.processInstanceId)
          .startBeforeActivity("Task_MarkWithdrawn");
      runtime.getActiveActivityIds(a.processInstanceId).forEach(move::cancelAllForActivity);
      move.execute();
      return null;
    });
    return a;
  }

  private ArticleEntity live(String number) {
    ArticleEntity a = repository.findByNumber(number)
        .orElseThrow(() -> new SubmissionRejected("稿件编号", "稿件 " + number + " 不存在"));
    if (a.processInstanceId == null || runtime.createProcessInstanceQuery().processInstanceId(a.processInstanceId)
        .count() == 0) {
      throw new SubmissionRejected("稿件编号", "稿件 " + number + " 是导入的历史记录或已办结,不能在审核中更正");
    }
    return a;
  }

  private String reviewTask(ArticleEntity a) {
    return engine.asSystem(() -> tasks.createTaskQuery().processInstanceId(a.processInstanceId).list()).stream()
        .map(Task::getTaskDefinitionKey).filter(k -> LEVELS.contains(k) || k.equals(ArticleReviewProcess.TASK_ADDED_REVIEW)
            || k.equals(ArticleReviewProcess.TASK_EDITORIAL_REVIEW)).findFirst()
        .orElseThrow(() -> new SubmissionRejected("更正", "稿件 " + a.number + " 当前不在审核中(" + a.status.label() + ")"));
  }

  private static String reason(String reason) {
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty()) {
      throw new SubmissionRejected("reason 更正原因", "请填写更正原因");
    }
    if (r.length() > 2000) {
      throw new SubmissionRejected("reason 更正原因", "更正原因最多 2000 字");
    }
    return r;
  }
}
