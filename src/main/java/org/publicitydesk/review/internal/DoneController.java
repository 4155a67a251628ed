package org.publicitydesk.review.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
// impl: the caller's authentication is set aside and put back around a system query; its type is impl only
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me/done} (已办, issue 15): the review tasks the caller completed, newest first, from the review record
 * ({@code pd_review_step}): the article, the step, the decision and comment, when, and where the article is now.
 */
@RestController
class DoneController {

  private final ReviewStepRepository steps;
  private final ArticleRepository articles;
  private final TaskService tasks;
  private final IdentityService identity;

  DoneController(ReviewStepRepository steps, ArticleRepository articles, TaskService tasks, IdentityService identity) {
    this.steps = steps;
    this.articles = articles;
    this.tasks = tasks;
    this.identity = identity;
  }

  record DoneView(String taskId, String taskName, String articleNumber, String title, String decision,
      String decisionLabel, String comment, Instant completedAt, String currentStep) {
  }

  @GetMapping("/api/me/done")
  @Transactional(readOnly = true)
  List<DoneView> done() {
    List<ReviewStepEntity> mine = steps.findTop100ByActorAndTaskIdNotNullOrderByDecidedAtDescIdDesc(
        identity.getCurrentAuthentication().getUserId());
    Map<Long, ArticleEntity> byId = articles.findAllById(mine.stream().map(s -> s.articleId).distinct().toList())
        .stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    Map<String, List<String>> waiting = openSteps(byId.values().stream().map(a -> a.processInstanceId)
        .filter(Objects::nonNull).distinct().toList());
    return mine.stream().filter(s -> byId.containsKey(s.articleId)).map(s -> {
      ArticleEntity a = byId.get(s.articleId);
      return new DoneView(s.taskId, ArticleSummary.stepLabel(s.step), a.number, a.title, s.decision,
          ArticleSummary.decisionLabel(s.decision), s.comment, s.decidedAt, currentStep(a, waiting));
    }).toList();
  }

  /** Where the article is now: its open tasks (e.g. 政工科审核采用), else its state (已采用, 质量不高, 已撤回). */
  private static String currentStep(ArticleEntity a, Map<String, List<String>> waiting) {
    List<String> open = waiting.getOrDefault(a.processInstanceId, List.of());
    if (open.isEmpty()) {
      return a.status.label();
    }
    String at = "待" + String.join("、", open);
    return a.status == org.publicitydesk.review.ArticleStatus.IN_REVIEW ? at : a.status.label() + " · " + at;
  }

  /**
   * The open tasks of these instances by instance. The caller handled a step of each, so it may know where the article
   * went, also when the next step is another unit's or the editorial office's (their tasks are not granted to it).
   */
  private Map<String, List<String>> openSteps(List<String> instances) {
    if (instances.isEmpty()) {
      return Map.of();
    }
    Authentication auth = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      Map<String, List<String>> open = new LinkedHashMap<>();
      for (Task t : tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list()) {
        open.computeIfAbsent(t.getProcessInstanceId(), k -> new java.util.ArrayList<>())
            .add(ArticleSummary.stepLabel(t.getTaskDefinitionKey()).equals(t.getTaskDefinitionKey()) ? t.getName()
                : ArticleSummary.stepLabel(t.getTaskDefinitionKey()));
      }
      return open;
    } finally {
      identity.setAuthentication(auth);
    }
  }
}
