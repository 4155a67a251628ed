package org.publicitydesk.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_DetermineRouting}: fixes the article's route of R1 from the {@code ReviewRouting} table. */
@Component
class DetermineRoutingDelegate implements JavaDelegate {

  private final ArticleService articles;
  private final ReviewDecisions decisions;
  private final ReviewRouting routing;

  DetermineRoutingDelegate(ArticleService articles, ReviewDecisions decisions, ReviewRouting routing) {
    this.articles = articles;
    this.decisions = decisions;
    this.routing = routing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ArticleEntity article = articles.byInstance(execution.getProcessInstanceId());
    ReviewRouting.Route route = routing.of(article.itemClass);
    decisions.route(execution.getProcessInstanceId(), route.needsSupervisor(), route.needsPrincipal());
  }
}
