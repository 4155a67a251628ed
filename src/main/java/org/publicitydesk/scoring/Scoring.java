package org.publicitydesk.scoring;

/** Scores an article now (R4, R6, R2.3), replacing its earlier ledger entries: live articles and imported ones alike. */
public interface Scoring {

  void scoreArticle(long articleId);
}
