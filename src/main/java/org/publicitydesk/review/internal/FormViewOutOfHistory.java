package org.publicitydesk.review.internal;

import java.util.Set;
import org.publicitydesk.documents.OutOfHistory;
import org.publicitydesk.review.ArticleReviewProcess;
import org.springframework.stereotype.Component;

/**
 * The variables of {@link ArticleFormView}: recomputed from the article's tables at every step of {@code ArticleReview},
 * so Camunda's history keeps no copy of them (issue 17); nor a detail row per change of the process's other variables:
 * every answer is in the review record ({@code pd_review_step}) and the article's tables.
 */
@Component
class FormViewOutOfHistory implements OutOfHistory {

  @Override
  public Set<String> processesWithoutVariableDetail() {
    return Set.of(ArticleReviewProcess.KEY);
  }

  @Override
  public Set<String> variableNames() {
    return Set.of(ArticleReviewProcess.ARTICLE_SUMMARY, ArticleReviewProcess.ARTICLE_TEXT,
        ArticleReviewProcess.REVIEW_HISTORY, ArticleFormView.NEAR_COPY_PENDING);
  }
}
