package org.publicitydesk.scoring.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ScoreArticle}: scores the accepted article once its adoptions are tracked (R4, R6). */
@Component
class ScoreArticleDelegate implements JavaDelegate {

  private final ArticleScoring scoring;

  ScoreArticleDelegate(ArticleScoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    scoring.scoreArticle(((Number) execution.getVariable("articleId")).longValue());
  }
}
