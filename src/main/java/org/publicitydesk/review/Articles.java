package org.publicitydesk.review;

import java.time.Instant;
import java.util.Optional;

/** The articles, for other modules: look-ups, and the import of historical records from the office's spreadsheets. */
public interface Articles {

  Optional<ArticleInfo> byId(long id);

  Optional<ArticleInfo> byProcessInstance(String processInstanceId);

  Optional<ArticleInfo> byNumber(String number);

  /** The article, if the current user may see it (Camunda's authorization on its process; unit and roles for imports). */
  Optional<ArticleInfo> visible(String number);

  /** Articles of a unit submitted in [from, to), every outcome (quotas pick the countable ones). */
  java.util.List<ArticleInfo> submittedBetween(String unitCode, Instant from, Instant to);

  /** Articles that answer a news lead or major event (R7), every outcome, oldest first. */
  java.util.List<ArticleInfo> answering(String leadId);

  /** Articles of every unit submitted in [from, to), by unit code, read in one query (settlements of all units). */
  java.util.Map<String, java.util.List<ArticleInfo>> submittedBetweenByUnit(Instant from, Instant to);

  /**
   * Writes one line into the article's review record: an event another module handled (a copy, a reminder), who did
   * it and a comment (at most 2,000 characters). The record is what reviewers and the informant read.
   */
  void record(long articleId, ArticleEvent event, String actor, String comment);

  /**
   * Every review level's decision on these articles with its opinion — 单位负责人, 分管领导, 主要领导 and 政工科, an
   * approval (同意) with an opinion too — by article, oldest first: the circular's source data (issue 15).
   */
  java.util.List<ReviewOpinion> reviewOpinions(java.util.Collection<Long> articleIds);

  /** One review decision: the level and decision in Chinese, who (and for whom, as a deputy), the opinion, when. */
  record ReviewOpinion(long articleId, int revision, String level, String reviewer, String onBehalfOf, String decision,
      String comment, Instant at) {
  }

  /**
   * Creates or updates (by {@code externalId}) articles imported from a spreadsheet, in the order given: one query for
   * the ones that exist, batched inserts for the new ones (issue 17). Nothing is flushed: the caller's transaction
   * writes them.
   */
  java.util.List<Imported> importArticles(java.util.List<ImportedArticle> articles);

  /** An imported article as stored, and whether this import created it (or updated one imported before). */
  record Imported(ArticleInfo article, boolean created) {
  }

  /** A historical article: its outcome as the office recorded it. */
  record ImportedArticle(String externalId, String unitCode, String informant, String title, ItemClass itemClass,
      Category category, Instant submittedAt, ArticleStatus outcome, String forwardedFromUnit, String leadId) {
  }
}
