package org.publicitydesk.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the gateways and assignments of {@code ArticleReview} read (issue 14): the article's route, its last decision
 * and its informant, from the article table — never from a process variable a person could have written. Used in
 * BPMN as {@code ${articleRoute.approved(execution)}}.
 */
@Component("articleRoute")
@Transactional(readOnly = true)
public class ArticleRoute {

  private final ArticleService articles;

  ArticleRoute(ArticleService articles) {
    this.articles = articles;
  }

  /** R1.2: the unit's supervising leader reviews after the head. */
  public boolean needsSupervisor(DelegateExecution execution) {
    return Boolean.TRUE.equals(article(execution).needsSupervisor);
  }

  /** R1.3: a principal leader reviews after the supervising leader. */
  public boolean needsPrincipal(DelegateExecution execution) {
    return Boolean.TRUE.equals(article(execution).needsPrincipal);
  }

  /** The reviewer of the step just completed approved (R1.1–R1.3); false when it returned the article (R1.4). */
  public boolean approved(DelegateExecution execution) {
    return article(execution).lastDecision == ReviewDecision.APPROVED;
  }

  /** 加签 (issue 16): the reviewer of the step just completed approved and added a reviewer, who decides next. */
  public boolean reviewerAdded(DelegateExecution execution) {
    ArticleEntity a = article(execution);
    return a.lastDecision == ReviewDecision.APPROVED && a.addedReviewer != null;
  }

  /** 加签: the person added, the assignee of {@code Task_AddedReview}. */
  public String addedReviewer(DelegateExecution execution) {
    return article(execution).addedReviewer;
  }

  /** 加签: the added reviewer approved; the route goes on after level {@code level} (1–3) that added them. */
  public boolean approvedAfterAddedTo(DelegateExecution execution, int level) {
    ArticleEntity a = article(execution);
    return a.lastDecision == ReviewDecision.APPROVED && Integer.valueOf(level).equals(a.addedAfterLevel);
  }

  /** The editorial office's decision just taken: ACCEPT, LOW_QUALITY or RETURN (R1.5). */
  public String editorialDecision(DelegateExecution execution) {
    return String.valueOf(article(execution).lastDecision);
  }

  /** The informant withdrew the article instead of resubmitting it (R1.4). */
  public boolean withdrawn(DelegateExecution execution) {
    return article(execution).lastDecision == ReviewDecision.WITHDRAWN;
  }

  /** The informant who submitted the article: the assignee of its revision (R1.4). */
  public String informant(DelegateExecution execution) {
    return article(execution).informant;
  }

  private ArticleEntity article(DelegateExecution execution) {
    return articles.byInstance(execution.getProcessInstanceId());
  }
}
