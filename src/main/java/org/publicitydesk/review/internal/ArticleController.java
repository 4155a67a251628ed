package org.publicitydesk.review.internal;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
// impl: the caller's authentication is set aside and put back around a system query; its type is impl only
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.review.ArticleStatus;
import org.publicitydesk.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/me} (who I am and for which units I may submit: the start form's unit list), {@code /api/articles/…}
 * (my articles, one article with its decisions, withdrawing an article nobody has approved yet, R1.4).
 */
@RestController
class ArticleController {

  private final ArticleRepository articles;
  private final ReviewStepRepository steps;
  private final OrganizationDirectory directory;
  private final IdentityService identity;
  private final ArticleQueries queries;
  private final ReviewDecisions service;
  private final TaskService tasks;
  private final BusinessClock clock;
  private final CurrentUser user;

  ArticleController(ArticleRepository articles, ReviewStepRepository steps, OrganizationDirectory directory,
      IdentityService identity, ArticleQueries queries, ReviewDecisions service, TaskService tasks, BusinessClock clock,
      CurrentUser user) {
    this.user = user;
    this.articles = articles;
    this.steps = steps;
    this.directory = directory;
    this.identity = identity;
    this.queries = queries;
    this.service = service;
    this.tasks = tasks;
    this.clock = clock;
  }

  record UnitChoice(String code, String name, String kind) {
  }

  record Me(String id, String name, List<String> groups, List<UnitChoice> informantOf) {
  }

  record ArticleView(String number, String title, String unitCode, String informant, String category,
      String itemClass, boolean urgent, boolean outsideWindow, String status, String statusLabel, int revision,
      int wordCount, Instant submittedAt, Instant decidedAt, String documentId, List<StepView> steps,
      List<String> waitingAt) {
  }

  /** One line of the review record; {@code onBehalfOfName} names the absent reviewer a deputy decided for (代). */
  record StepView(String step, String stepLabel, String actor, String actorName, String decision, String decisionLabel,
      String comment, int revision, Instant at, String onBehalfOf, String onBehalfOfName) {
  }

  @GetMapping("/api/me")
  Me me() {
    Authentication auth = auth();
    List<UnitChoice> units = directory.informantUnits(auth.getUserId(), clock.today()).stream()
        .flatMap(code -> directory.unit(code).stream())
        .map(u -> new UnitChoice(u.code(), u.name(), u.kind().name())).toList();
    String name = directory.person(auth.getUserId()).map(OrganizationDirectory.PersonInfo::name).orElse(auth.getUserId());
    return new Me(auth.getUserId(), name, auth.getGroupIds(), units);
  }

  /**
   * My articles, newest first; with {@code submissionKey} only the one the start form submitted with that key (the
   * form's notice of the article number after submitting), none when it is not registered (yet) or not mine.
   */
  @GetMapping("/api/articles/mine")
  @Transactional(readOnly = true)
  List<ArticleView> mine(@RequestParam(required = false) String submissionKey) {
    String me = auth().getUserId();
    List<ArticleEntity> found = submissionKey == null
        ? articles.findByInformantOrderBySubmittedAtDesc(me)
        : articles.findBySubmissionKey(submissionKey).filter(a -> a.informant.equals(me)).stream().toList();
    return found.stream().map(a -> view(a, false)).toList();
  }

  /**
   * A unit's articles, newest first (at most 100), for those who may read its items: its members, its supervising
   * leader, the principal leaders, the editorial office and administrators (403 for anybody else).
   */
  @io.swagger.v3.oas.annotations.Operation(summary = "本单位稿件",
      description = "某单位的稿件,最新的在前(最多 100 篇);本单位人员、分管领导、街道主要领导、政工科可查看,其他人 403。")
  @GetMapping(path = "/api/articles", params = "unitCode")
  @Transactional(readOnly = true)
  List<ArticleView> ofUnit(@org.springframework.web.bind.annotation.RequestParam String unitCode) {
    if (directory.unit(unitCode).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "没有单位 " + unitCode);
    }
    user.requireAny("您无权查看该单位的稿件", Groups.EDITORIAL, Groups.PRINCIPALS, Groups.ADMIN, Groups.unit(unitCode),
        Groups.unitSupervisor(unitCode));
    return articles.findTop100ByUnitCodeOrderBySubmittedAtDesc(unitCode).stream().map(a -> view(a, false)).toList();
  }

  @GetMapping("/api/articles/{number}")
  @Transactional(readOnly = true)
  ArticleView one(@PathVariable String number) {
    return view(visible(number), true);
  }

  /** R1.4: the informant withdraws an article that no reviewer has approved yet. */
  @PostMapping("/api/articles/{number}/withdraw")
  ArticleView withdraw(@PathVariable String number) {
    ArticleEntity a = visible(number);
    if (!a.informant.equals(auth().getUserId())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有报送该稿件的信息员可以撤回稿件");
    }
    if (a.processInstanceId == null) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "稿件 " + number + " 是导入的历史记录,不能撤回");
    }
    boolean waitingForHead = tasks.createTaskQuery().processInstanceId(a.processInstanceId)
        .taskDefinitionKey(ArticleReviewProcess.TASK_REVIEW_BY_UNIT_HEAD).count() > 0;
    if (!waitingForHead) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "稿件 " + number + " 已有人审核同意或已办结,不能撤回;如需修改请联系审核人退回");
    }
    // the checks above are the informant's permission; the engine call itself needs none of the informant's grants
    Authentication auth = auth();
    identity.clearAuthentication();
    try {
      service.withdraw(a.processInstanceId, auth.getUserId());
    } finally {
      identity.setAuthentication(auth);
    }
    return view(articles.findByNumber(number).orElseThrow(), true);
  }

  private ArticleEntity visible(String number) {
    return articles.findByNumber(number).filter(queries::visible)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "稿件 " + number + " 不存在或您无权查看"));
  }

  private ArticleView view(ArticleEntity a, boolean withSteps) {
    List<StepView> decisions = !withSteps ? List.of() : steps.findByArticleIdOrderByDecidedAtAscIdAsc(a.id).stream()
        .map(s -> new StepView(s.step, ArticleSummary.stepLabel(s.step), s.actor,
            directory.person(s.actor).map(OrganizationDirectory.PersonInfo::name).orElse(s.actor), s.decision.name(),
            s.decision.label, s.comment, s.revision, s.decidedAt, s.onBehalfOf,
            s.onBehalfOf == null ? null : directory.person(s.onBehalfOf).map(OrganizationDirectory.PersonInfo::name)
                .orElse(s.onBehalfOf))).toList();
    return new ArticleView(a.number, a.title, a.unitCode, a.informant, a.category.name(), a.itemClass.name(), a.urgent,
        a.outsideWindow, a.status.name(), a.status.label(), a.revision, a.wordCount, a.submittedAt, a.decidedAt,
        a.documentId, decisions, waitingAt(a));
  }

  /** Where the article waits now: the names of its open review tasks (the caller's view of them), else none. */
  private List<String> waitingAt(ArticleEntity a) {
    if (a.processInstanceId == null || (a.status != ArticleStatus.IN_REVIEW && a.status != ArticleStatus.RETURNED)) {
      return List.of();
    }
    return tasks.createTaskQuery().processInstanceId(a.processInstanceId).list().stream()
        .map(t -> ArticleSummary.stepLabel(t.getTaskDefinitionKey())).toList();
  }

  private Authentication auth() {
    return identity.getCurrentAuthentication();
  }
}
