package org.publicitydesk.review.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.documents.Documents;
import org.publicitydesk.documents.StoredDocument;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.review.ArticleReviewProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review forms show of an article as it stands now ({@link ArticleSummary}), read on demand through
 * {@code GET /api/tasks/{taskId}/view} ({@link TaskViewController}); the process keeps only what Tasklist's cards and
 * filters show ({@link #refresh}), issue 17.
 */
@Component
class ArticleFormView {

  static final String NEAR_COPY_PENDING = "nearCopyPending";
  /** The form view as process variables, as written before issue 17; removed from running instances at their next step. */
  static final List<String> FORMER_VARIABLES = List.of(ArticleReviewProcess.ARTICLE_SUMMARY,
      ArticleReviewProcess.ARTICLE_TEXT, ArticleReviewProcess.REVIEW_HISTORY, NEAR_COPY_PENDING);

  /** The form view of one article: Markdown written by the server, and whether R2.3's verdict is still wanted. */
  record View(String articleNumber, String articleSummary, String articleText, String reviewHistory,
      boolean nearCopyPending) {
  }

  private final ArticleService service;
  private final ArticleRepository articles;
  private final ReviewStepRepository steps;
  private final Documents documents;
  private final OrganizationDirectory directory;
  private final BusinessClock clock;

  ArticleFormView(ArticleService service, ArticleRepository articles, ReviewStepRepository steps, Documents documents,
      OrganizationDirectory directory, BusinessClock clock) {
    this.service = service;
    this.articles = articles;
    this.steps = steps;
    this.documents = documents;
    this.directory = directory;
    this.clock = clock;
  }

  /** The form view of the article of {@code processInstanceId} as it stands now ({@link ArticleSummary}). */
  @Transactional(readOnly = true)
  View view(String processInstanceId) {
    ArticleEntity a = service.byInstance(processInstanceId);
    List<StoredDocument> files = documents.ofProcessInstance(processInstanceId);
    ArticleEntity earlier = a.followUpOf == null ? null : articles.findById(a.followUpOf).orElse(null);
    List<ArticleEntity> later = articles.findByFollowUpOfOrderById(a.id).stream()
        .filter(x -> x.unitCode.equals(a.unitCode)).toList();
    List<ReviewStepEntity> history = steps.findByArticleIdOrderByDecidedAtAscIdAsc(a.id);
    // the names shown: the informant's and those of the review record, not the whole directory's
    List<String> ids = new ArrayList<>(List.of(a.informant));
    history.forEach(s -> {
      ids.add(s.actor);
      ids.add(s.onBehalfOf);
    });
    Map<String, String> names = directory.names(ids);
    ArticleEntity copied = a.nearCopyOf == null ? null : articles.findById(a.nearCopyOf).orElse(null);
    String copiedUnit = copied == null ? null : unitName(copied.unitCode);
    ArticleSummary.Facts facts = new ArticleSummary.Facts(a, unitName(a.unitCode),
        names.getOrDefault(a.informant, a.informant), currentFiles(a, files), earlier, later, clock.zone(), copied,
        copiedUnit);
    Map<String, Object> md = ArticleSummary.variables(facts,
        a.documentId == null ? "" : documents.text(a.documentId), history, names);
    return new View(a.number, (String) md.get(ArticleReviewProcess.ARTICLE_SUMMARY),
        (String) md.get(ArticleReviewProcess.ARTICLE_TEXT), (String) md.get(ArticleReviewProcess.REVIEW_HISTORY),
        copied != null && a.nearCopyVerdict == null);
  }

  /** What Tasklist's cards and filters show of the article: its number, unit, title and informant. */
  @Transactional(readOnly = true)
  Map<String, Object> variables(String processInstanceId) {
    ArticleEntity a = service.byInstance(processInstanceId);
    Map<String, Object> variables = new HashMap<>();
    variables.put(ArticleReviewProcess.ARTICLE_NUMBER, a.number);
    variables.put(ArticleReviewProcess.UNIT_NAME, unitName(a.unitCode));
    variables.put(ArticleReviewProcess.TITLE_GIST, ArticleSummary.gist(a.title));
    variables.put(ArticleReviewProcess.INFORMANT_NAME,
        directory.names(List.of(a.informant)).getOrDefault(a.informant, a.informant));
    return variables;
  }

  /**
   * Brings the card variables in {@code scope} up to date where they can change (registration, a revision's new title),
   * writing only those whose value changed (every write of a
   * process variable costs an update and its history), and removes the form view an instance started before issue 17
   * still carries.
   */
  void refresh(org.camunda.bpm.engine.delegate.VariableScope scope, String processInstanceId) {
    variables(processInstanceId).forEach((name, value) -> {
      if (!java.util.Objects.equals(scope.getVariable(name), value)) {
        scope.setVariable(name, value);
      }
    });
    FORMER_VARIABLES.stream().filter(scope::hasVariable).forEach(scope::removeVariable);
  }

  private String unitName(String unitCode) {
    return directory.unit(unitCode).map(UnitInfo::name).orElse(unitCode);
  }

  private List<StoredDocument> currentFiles(ArticleEntity a, List<StoredDocument> files) {
    // the article file of the current revision, and every photo
    List<StoredDocument> current = new ArrayList<>();
    files.stream().filter(d -> d.id().equals(a.documentId)).forEach(current::add);
    files.stream().filter(d -> !ArticleSummary.isArticleFile(d)).forEach(current::add);
    return current;
  }
}
