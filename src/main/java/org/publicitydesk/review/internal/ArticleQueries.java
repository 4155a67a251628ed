package org.publicitydesk.review.internal;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.security.CurrentUser;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.review.Articles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Articles} over pd_article. */
@Service
@Transactional
class ArticleQueries implements Articles {

  private final ArticleRepository articles;
  private final BusinessClock clock;
  private final WorkingCalendar calendar;
  private final HistoryService history;
  private final CurrentUser user;
  private final ReviewStepRepository steps;

  ArticleQueries(ArticleRepository articles, BusinessClock clock, WorkingCalendar calendar, HistoryService history,
      CurrentUser user, ReviewStepRepository steps) {
    this.steps = steps;
    this.articles = articles;
    this.clock = clock;
    this.calendar = calendar;
    this.history = history;
    this.user = user;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ArticleInfo> byId(long id) {
    return articles.findById(id).map(ArticleEntity::toInfo);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ArticleInfo> byProcessInstance(String processInstanceId) {
    return articles.findByProcessInstanceId(processInstanceId).map(ArticleEntity::toInfo);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ArticleInfo> byNumber(String number) {
    return articles.findByNumber(number).map(ArticleEntity::toInfo);
  }

  @Override
  @Transactional(readOnly = true)
  public List<ArticleInfo> submittedBetween(String unitCode, java.time.Instant from, java.time.Instant to) {
    return articles.findByUnitCodeAndSubmittedAtGreaterThanEqualAndSubmittedAtLessThan(unitCode, from, to).stream()
        .map(ArticleEntity::toInfo).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<ReviewOpinion> reviewOpinions(java.util.Collection<Long> articleIds) {
    List<Long> ids = List.copyOf(articleIds);
    List<ReviewOpinion> opinions = new java.util.ArrayList<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      steps.findByArticleIdInAndStepInOrderByArticleIdAscDecidedAtAscIdAsc(
          ids.subList(from, Math.min(ids.size(), from + 1000)), ArticleReviewProcess.REVIEW_LEVELS).forEach(s ->
          opinions.add(new ReviewOpinion(s.articleId, s.revision, ArticleSummary.stepLabel(s.step), s.actor,
              s.onBehalfOf, s.decision.label, s.comment, s.decidedAt)));
    }
    return opinions;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ArticleInfo> answering(String leadId) {
    return articles.findByLeadIdOrderById(leadId).stream().map(ArticleEntity::toInfo).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public java.util.Map<String, List<ArticleInfo>> submittedBetweenByUnit(java.time.Instant from, java.time.Instant to) {
    return articles.findBySubmittedAtGreaterThanEqualAndSubmittedAtLessThan(from, to).stream()
        .map(ArticleEntity::toInfo).collect(java.util.stream.Collectors.groupingBy(ArticleInfo::unitCode));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ArticleInfo> visible(String number) {
    return articles.findByNumber(number).filter(this::visible).map(ArticleEntity::toInfo);
  }

  boolean visible(ArticleEntity a) {
    if (a.processInstanceId != null) {
      // with the caller's authentication: Camunda's authorizations on the historic instance decide
      return history.createHistoricProcessInstanceQuery().processInstanceId(a.processInstanceId).count() > 0;
    }
    return user.isInAny(Groups.EDITORIAL, Groups.PRINCIPALS, Groups.ADMIN, Groups.unit(a.unitCode),
        Groups.unitSupervisor(a.unitCode));
  }

  @Override
  public void record(long articleId, org.publicitydesk.review.ArticleEvent event, String actor, String comment) {
    ArticleEntity a = articles.findById(articleId).orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
    ReviewStepEntity s = new ReviewStepEntity();
    s.articleId = a.id;
    s.step = event.step();
    s.actor = actor;
    s.decision = StepDecision.of(event);
    s.comment = comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 1999) + "…";
    s.revision = a.revision;
    s.decidedAt = clock.now().toInstant();
    steps.save(s);
  }

  @Override
  public List<Imported> importArticles(List<ImportedArticle> batch) {
    java.util.Map<String, ArticleEntity> existing = new java.util.HashMap<>();
    List<String> ids = batch.stream().map(ImportedArticle::externalId).toList();
    for (int from = 0; from < ids.size(); from += 1000) {
      articles.findByExternalIdIn(ids.subList(from, Math.min(ids.size(), from + 1000)))
          .forEach(a -> existing.put(a.externalId, a));
    }
    List<Imported> result = new java.util.ArrayList<>(batch.size());
    for (ImportedArticle in : batch) {
      ArticleEntity a = existing.getOrDefault(in.externalId(), new ArticleEntity());
      boolean created = a.id == null;
      a.externalId = in.externalId();
      a.unitCode = in.unitCode();
      a.informant = in.informant();
      a.title = in.title();
      a.itemClass = in.itemClass();
      a.category = in.category();
      a.submittedAt = in.submittedAt();
      a.outsideWindow = !calendar.isWorkingTime(in.submittedAt().atZone(clock.zone()));
      a.status = in.outcome();
      a.forwardedFromUnit = in.forwardedFromUnit();
      a.leadId = in.leadId();
      a.decidedAt = in.submittedAt();
      if (created) {
        a.revision = 1;
        a.numberPending();
        articles.save(a);
        a.number = "%d-%06d".formatted(in.submittedAt().atZone(clock.zone()).getYear(), a.id);
      }
      result.add(new Imported(a.toInfo(), created));
    }
    return result;
  }
}
