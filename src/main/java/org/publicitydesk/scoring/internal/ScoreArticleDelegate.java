package org.publicitydesk.scoring.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.publicitydesk.review.Articles;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ScoreArticle}: scores the accepted article once its adoptions are tracked (R4, R6) — the article of this
 * process instance, never one a variable names.
 */
@Component
class ScoreArticleDelegate implements JavaDelegate {

  private final ArticleScoring scoring;
  private final Articles articles;

  ScoreArticleDelegate(ArticleScoring scoring, Articles articles) {
    this.scoring = scoring;
    this.articles = articles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    scoring.scoreArticle(articles.byProcessInstance(execution.getProcessInstanceId()).orElseThrow(
        () -> new IllegalStateException("流程实例 " + execution.getProcessInstanceId() + " 没有登记稿件,无法计分")).id());
  }
}
