package org.publicitydesk.scoring;

public interface Scoring {

  /** Books the article's points (R4, R6, R2.3, R7), replacing what was booked for it before. */
  void scoreArticle(long articleId);

  /**
   * Scores the article again if it was scored already (its review ended, or it was imported) — after something that
   * changes its score (an adoption corrected, a lead's deadline passed); an article still in review waits for its end.
   */
  void rescoreIfScored(long articleId);
}
