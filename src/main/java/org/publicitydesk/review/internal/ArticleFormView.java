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

/** What the review forms show of an article as it stands now: the variables of {@link ArticleSummary}. */
@Component
class ArticleFormView {

  static final String NEAR_COPY_PENDING = "nearCopyPending";

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

  /** The form variables of the article as it stands now ({@link ArticleSummary}). */
  @Transactional(readOnly = true)
  Map<String, Object> variables(String processInstanceId) {
    ArticleEntity a = service.byInstance(processInstanceId);
    List<StoredDocument> files = documents.ofProcessInstance(processInstanceId);
    ArticleEntity earlier = a.followUpOf == null ? null : articles.findById(a.followUpOf).orElse(null);
    List<ArticleEntity> later = articles.findByFollowUpOfOrderById(a.id).stream()
        .filter(x -> x.unitCode.equals(a.unitCode)).toList();
    String unitName = directory.unit(a.unitCode).map(UnitInfo::name).orElse(a.unitCode);
    List<ReviewStepEntity> history = steps.findByArticleIdOrderByDecidedAtAscIdAsc(a.id);
    // the names shown: the informant's and those of the review record, not the whole directory's
    List<String> ids = new ArrayList<>(List.of(a.informant));
    history.forEach(s -> {
      ids.add(s.actor);
      ids.add(s.onBehalfOf);
    });
    Map<String, String> names = directory.names(ids);
    ArticleEntity copied = a.nearCopyOf == null ? null : articles.findById(a.nearCopyOf).orElse(null);
    String copiedUnit = copied == null ? null : directory.unit(copied.unitCode).map(UnitInfo::name).orElse(copied.unitCode);
    ArticleSummary.Facts facts = new ArticleSummary.Facts(a, unitName, names.getOrDefault(a.informant, a.informant),
        currentFiles(a, files), earlier, later, clock.zone(), copied, copiedUnit);
    Map<String, Object> variables = new HashMap<>(ArticleSummary.variables(facts,
        a.documentId == null ? "" : documents.text(a.documentId), history, names));
    variables.put(NEAR_COPY_PENDING, copied != null && a.nearCopyVerdict == null);
    variables.put(ArticleReviewProcess.ARTICLE_ID, a.id);
    variables.put(ArticleReviewProcess.ARTICLE_NUMBER, a.number);
    variables.put(ArticleReviewProcess.UNIT_NAME, unitName);
    variables.put(ArticleReviewProcess.TITLE_GIST, ArticleSummary.gist(a.title));
    variables.put(ArticleReviewProcess.INFORMANT_NAME, names.getOrDefault(a.informant, a.informant));
    return variables;
  }

  /**
   * Brings the form variables in {@code scope} up to date, writing only those whose value changed: every write of a
   * process variable costs an update and its history, and most of the view (number, unit, text) stays the same.
   */
  void refresh(org.camunda.bpm.engine.delegate.VariableScope scope, String processInstanceId) {
    variables(processInstanceId).forEach((name, value) -> {
      if (!java.util.Objects.equals(scope.getVariable(name), value)) {
        scope.setVariable(name, value);
      }
    });
  }

  private List<StoredDocument> currentFiles(ArticleEntity a, List<StoredDocument> files) {
    // the article file of the current revision, and every photo
    List<StoredDocument> current = new ArrayList<>();
    files.stream().filter(d -> d.id().equals(a.documentId)).forEach(current::add);
    files.stream().filter(d -> !ArticleSummary.isArticleFile(d)).forEach(current::add);
    return current;
  }
}
