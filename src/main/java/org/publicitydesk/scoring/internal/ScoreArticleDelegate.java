package org.publicitydesk.scoring.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.Articles;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ScoreArticle} (asyncBefore, a job of its own: a failure is an incident in Cockpit, never a rollback of
 * the editorial office's completed task): scores the article of this instance, read from the application's table, once
 * its adoptions are tracked (R4, R6).
 */
@Component
class ScoreArticleDelegate implements JavaDelegate {

  private final Articles articles;
  private final ArticleScoring scoring;

  ScoreArticleDelegate(Articles articles, ArticleScoring scoring) {
    this.articles = articles;
    this.scoring = scoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    scoring.scoreArticle(articles.byProcessInstance(instance).map(ArticleInfo::id).orElseThrow(
        () -> new IllegalStateException("计分失败:找不到流程实例 " + instance + " 的稿件,未记分(R4)。请核对稿件数据后在流程监控中重试")));
  }
}
