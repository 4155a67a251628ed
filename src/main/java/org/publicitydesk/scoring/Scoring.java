package org.publicitydesk.scoring;

public interface Scoring {

  /** Books the article's points (R4, R6, R2.3, R7), replacing what was booked for it before. */
  void scoreArticle(long articleId);

  /**
   * {@link #scoreArticle} for many articles at once, as just read or written by the caller (an import, issue 17): their
   * adoptions and ledger lines are read in one query each; the lines booked are the same as one by one.
   */
  void scoreArticles(java.util.List<org.publicitydesk.review.ArticleInfo> articles);

  /**
   * Scores the article again if it was scored already (its review ended, or it was imported) — after something that
   * changes its score (an adoption corrected, a lead's deadline passed); an article still in review waits for its end.
   */
  void rescoreIfScored(long articleId);
}
