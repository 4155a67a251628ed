package org.publicitydesk.review.internal;

import java.util.Set;
import org.publicitydesk.documents.OutOfHistory;
import org.publicitydesk.review.ArticleReviewProcess;
import org.springframework.stereotype.Component;

/**
 * The variables of {@link ArticleFormView}: recomputed from the article's tables at every step of {@code ArticleReview},
 * so Camunda's history keeps no copy of them (issue 17; the review record is {@code pd_review_step}).
 */
@Component
class FormViewOutOfHistory implements OutOfHistory {

  @Override
  public Set<String> variableNames() {
    return Set.of(ArticleReviewProcess.ARTICLE_SUMMARY, ArticleReviewProcess.ARTICLE_TEXT,
        ArticleReviewProcess.REVIEW_HISTORY, ArticleFormView.NEAR_COPY_PENDING);
  }
}
