package org.publicitydesk.review.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.publicitydesk.review.ArticleStatus;
import org.publicitydesk.review.HandledTasks;
import org.publicitydesk.review.HandledTasks.Handled;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me/done} (已办, issue 15): what the caller handled, newest first — the review tasks from the review
 * record ({@code pd_review_step}), and the tasks other modules list ({@link HandledTasks}: opinion checks, bulletin and
 * media adoptions) — each with the item, the step, the decision and comment, when, and where the item is now.
 */
@RestController
class DoneController {

  private static final int LIMIT = 100;

  private final ReviewStepRepository steps;
  private final ArticleRepository articles;
  private final TaskService tasks;
  private final IdentityService identity;
  private final List<HandledTasks> others;

  DoneController(ReviewStepRepository steps, ArticleRepository articles, TaskService tasks, IdentityService identity,
      List<HandledTasks> others) {
    this.steps = steps;
    this.articles = articles;
    this.tasks = tasks;
    this.identity = identity;
    this.others = others;
  }

  record DoneView(String taskId, String taskName, String articleNumber, String title, String decision,
      String decisionLabel, String comment, Instant completedAt, String currentStep) {
  }

  @GetMapping("/api/me/done")
  @Transactional(readOnly = true)
  List<DoneView> done() {
    String me = identity.getCurrentAuthentication().getUserId();
    List<Handled> handled = new ArrayList<>(reviews(me));
    others.forEach(o -> handled.addAll(o.handledBy(me, LIMIT)));
    handled.sort(Comparator.comparing(Handled::completedAt, Comparator.nullsLast(Comparator.reverseOrder())));
    List<Handled> newest = handled.subList(0, Math.min(LIMIT, handled.size()));
    Map<String, List<String>> waiting = openSteps(newest.stream().map(Handled::processInstanceId)
        .filter(Objects::nonNull).distinct().toList());
    return newest.stream().map(h -> new DoneView(h.taskId(), h.taskName(), h.number(), h.title(), h.decision(),
        h.decisionLabel(), h.comment(), h.completedAt(), currentStep(h, waiting))).toList();
  }

  /** The review tasks the person completed, from the review record. */
  private List<Handled> reviews(String me) {
    List<ReviewStepEntity> mine = steps.findTop100ByActorAndTaskIdNotNullOrderByDecidedAtDescIdDesc(me);
    Map<Long, ArticleEntity> byId = articles.findAllById(mine.stream().map(s -> s.articleId).distinct().toList())
        .stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    return mine.stream().filter(s -> byId.containsKey(s.articleId)).map(s -> {
      ArticleEntity a = byId.get(s.articleId);
      return new Handled(s.taskId, ArticleSummary.stepLabel(s.step), a.number, a.title, s.decision.name(),
          s.decision.label, s.comment, s.decidedAt, a.processInstanceId,
          a.status == ArticleStatus.IN_REVIEW ? null : a.status.label());
    }).toList();
  }

  /**
   * Where the item is now: its open tasks (e.g. 待政工科审核采用), after its state when it has one (已采用 · 待登记媒体采用);
   * without open tasks its state (已采用, 质量不高, 已撤回).
   */
  private static String currentStep(Handled h, Map<String, List<String>> waiting) {
    List<String> open = waiting.getOrDefault(h.processInstanceId(), List.of());
    if (open.isEmpty()) {
      return h.state() != null ? h.state() : "处理中";
    }
    String at = "待" + String.join("、", open);
    return h.state() == null ? at : h.state() + " · " + at;
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
