package org.publicitydesk.review;

import static org.publicitydesk.security.ProcessInputs.Kind.FILE;
import static org.publicitydesk.security.ProcessInputs.Kind.FLAG;
import static org.publicitydesk.security.ProcessInputs.Kind.TEXT;

import org.publicitydesk.security.ProcessInputs;

/** Names of the {@code ArticleReview} process (contract.md): process key, task ids, message and variables. */
public final class ArticleReviewProcess {

  public static final String KEY = "ArticleReview";

  public static final String TASK_REVIEW_BY_UNIT_HEAD = "Task_ReviewByUnitHead";
  public static final String TASK_REVIEW_BY_SUPERVISOR = "Task_ReviewBySupervisor";
  public static final String TASK_REVIEW_BY_PRINCIPAL = "Task_ReviewByPrincipal";
  public static final String TASK_EDITORIAL_REVIEW = "Task_EditorialReview";
  public static final String TASK_REVISE_ARTICLE = "Task_ReviseArticle";
  /** 加签 (issue 16): the reviewer a level added after its approval, before the next level. */
  public static final String TASK_ADDED_REVIEW = "Task_AddedReview";
  /** The review steps whose decisions and opinions the circular's source data lists (R1, 加签, R1.5). */
  public static final java.util.List<String> REVIEW_LEVELS = java.util.List.of(TASK_REVIEW_BY_UNIT_HEAD,
      TASK_REVIEW_BY_SUPERVISOR, TASK_REVIEW_BY_PRINCIPAL, TASK_ADDED_REVIEW, TASK_EDITORIAL_REVIEW);
  public static final String MESSAGE_WITHDRAW = "ArticleWithdrawn";

  /** Start variables (contract). */
  public static final String TITLE = "title";
  public static final String UNIT_CODE = "unitCode";
  public static final String CATEGORY = "category";
  public static final String ITEM_CLASS = "itemClass";
  public static final String DOCUMENT = "document";
  public static final String CONTENT = "content";
  public static final String LEAD_ID = "leadId";
  public static final String FORWARDED_FROM_UNIT = "forwardedFromUnit";
  public static final String URGENT = "urgent";
  public static final String FOLLOW_UP_OF = "followUpOf";
  /** Idempotency key (optional; the start form sends a random UUID): a second start with the same key is refused. */
  public static final String SUBMISSION_KEY = "submissionKey";
  /** Photos: {@code photo1}…{@code photo3} (File) with {@code photo1Caption}… (R10.3). */
  public static final String PHOTO_PREFIX = "photo";
  public static final int MAX_PHOTOS = 3;

  /** Completion variables of the review tasks (contract). */
  public static final String APPROVED = "approved";
  public static final String COMMENT = "comment";
  public static final String DECISION = "decision";
  public static final String WITHDRAWN = "withdrawn";
  /** R2.3, editorial review of a flagged near-copy: CONFIRM (it is forwarded) or CLEAR. */
  public static final String NEAR_COPY_VERDICT = "nearCopyVerdict";

  /** Set by the process for Tasklist's cards and filters (display only: no decision reads them back). */
  public static final String ARTICLE_NUMBER = "articleNumber";
  public static final String UNIT_NAME = "unitName";
  public static final String INFORMANT_NAME = "informantName";
  /** What tells the article apart on a Tasklist card: the title without the usual 单位+日期+工作信息 prefix. */
  public static final String TITLE_GIST = "titleGist";
  public static final String ARTICLE_SUMMARY = "articleSummary";
  public static final String ARTICLE_TEXT = "articleText";
  public static final String REVIEW_HISTORY = "reviewHistory";
  public static final String OUTCOME = "outcome";

  /**
   * What a person may send (issue 14; README "Engine API"): the start form's fields and each review task's answer.
   * {@code Task_RecordAdoption} is declared by the adoption module.
   */
  public static final ProcessInputs INPUTS = ProcessInputs.of(KEY)
      .start(TITLE, TEXT, UNIT_CODE, TEXT, CATEGORY, TEXT, ITEM_CLASS, TEXT, DOCUMENT, FILE, CONTENT, TEXT, LEAD_ID, TEXT,
          FORWARDED_FROM_UNIT, TEXT, URGENT, FLAG, FOLLOW_UP_OF, TEXT, SUBMISSION_KEY, TEXT,
          "photo1", FILE, "photo1Caption", TEXT, "photo2", FILE, "photo2Caption", TEXT, "photo3", FILE,
          "photo3Caption", TEXT)
      .task(TASK_REVIEW_BY_UNIT_HEAD, APPROVED, FLAG, COMMENT, TEXT)
      .task(TASK_REVIEW_BY_SUPERVISOR, APPROVED, FLAG, COMMENT, TEXT)
      .task(TASK_REVIEW_BY_PRINCIPAL, APPROVED, FLAG, COMMENT, TEXT)
      .task(TASK_ADDED_REVIEW, APPROVED, FLAG, COMMENT, TEXT)
      .task(TASK_EDITORIAL_REVIEW, DECISION, TEXT, COMMENT, TEXT, NEAR_COPY_VERDICT, TEXT)
      .task(TASK_REVISE_ARTICLE, WITHDRAWN, FLAG, DOCUMENT, FILE, CONTENT, TEXT, COMMENT, TEXT, TITLE, TEXT)
      .build();

  /** Whether the task is one of the three levels of R1 (unit head, supervising leader, principal leader). */
  public static boolean isReviewLevel(String taskKey) {
    return TASK_REVIEW_BY_UNIT_HEAD.equals(taskKey) || TASK_REVIEW_BY_SUPERVISOR.equals(taskKey)
        || TASK_REVIEW_BY_PRINCIPAL.equals(taskKey);
  }

  /** A task where a reviewer approves or returns: a level of R1 or a reviewer added after one (加签). */
  public static boolean isApproval(String taskKey) {
    return isReviewLevel(taskKey) || TASK_ADDED_REVIEW.equals(taskKey);
  }

  /** The level of R1 a review task stands for: 1 unit head, 2 supervising leader, 3 principal leader. */
  public static int level(String taskKey) {
    return switch (taskKey) {
      case TASK_REVIEW_BY_UNIT_HEAD -> 1;
      case TASK_REVIEW_BY_SUPERVISOR -> 2;
      case TASK_REVIEW_BY_PRINCIPAL -> 3;
      default -> throw new IllegalArgumentException("not a review level: " + taskKey);
    };
  }

  private ArticleReviewProcess() {
  }
}
