package org.publicitydesk.review.internal;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.publicitydesk.review.ArticleReviewProcess;
import org.springframework.context.ApplicationContext;

/**
 * Mid-process scenarios of {@code ArticleReview} (issue 18): an economy article waiting for its unit head is approved
 * by the levels before a later task through {@link ReviewDecisions} — the article's review state and record, as the
 * review tasks leave them — and its instance moved to that task ({@code startBeforeActivity}), instead of replaying
 * the chain task by task.
 */
public final class MidProcess {

  /** The review levels of R1 and economy's reviewers at each. */
  static final List<String> LEVELS = List.of(ArticleReviewProcess.TASK_REVIEW_BY_UNIT_HEAD,
      ArticleReviewProcess.TASK_REVIEW_BY_SUPERVISOR, ArticleReviewProcess.TASK_REVIEW_BY_PRINCIPAL);
  static final List<String> REVIEWERS = List.of("head-economy", "sup-wang", "principal-zhang");

  private final ReviewDecisions decisions;
  private final ArticleService articles;
  private final RuntimeService runtime;

  public MidProcess(ApplicationContext context) {
    this.decisions = context.getBean(ReviewDecisions.class);
    this.articles = context.getBean(ArticleService.class);
    this.runtime = context.getBean(RuntimeService.class);
  }

  /** Moves the economy article of {@code instanceId}, waiting for its unit head, to {@code activity}. */
  public void moveTo(String instanceId, String activity) {
    int approved = activity.equals(ArticleReviewProcess.TASK_EDITORIAL_REVIEW)
        ? articles.byInstance(instanceId).requiredLevels() : ArticleReviewProcess.level(activity) - 1;
    for (int level = 1; level <= approved; level++) {
      decisions.decide(instanceId, null, LEVELS.get(level - 1), REVIEWERS.get(level - 1), null, true, null, null, null);
    }
    runtime.createProcessInstanceModification(instanceId)
        .cancelAllForActivity(ArticleReviewProcess.TASK_REVIEW_BY_UNIT_HEAD).startBeforeActivity(activity).execute();
  }
}
