package org.publicitydesk.review.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.ArticleStatus;
import org.publicitydesk.review.Category;
import org.publicitydesk.review.ItemClass;

/**
 * A submitted article (R1, R10) and where it stands; {@code number} is what people quote (2026-000123). Its review
 * state changes only through the methods below, which refuse a transition that R1 does not allow, whatever the engine
 * was told (issue 14): an approval out of order, an editorial decision before every level of its route approved, an
 * acceptance the editorial office did not decide.
 */
@Entity
@Table(name = "pd_article")
class ArticleEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article")
  @SequenceGenerator(name = "article", sequenceName = "pd_article_seq", allocationSize = 1)
  Long id;
  String number;
  /** Unique; set once, at registration ({@link ArticleByInstance} keeps the id per process instance). */
  String processInstanceId;
  String externalId;
  /** Idempotency key of the start (unique): the same submission sent twice creates one article. */
  String submissionKey;
  String unitCode;
  String informant;
  String title;
  @Enumerated(EnumType.STRING)
  Category category;
  @Enumerated(EnumType.STRING)
  ItemClass itemClass;
  boolean urgent;
  Long followUpOf;
  String leadId;
  String forwardedFromUnit;
  Instant submittedAt;
  boolean outsideWindow;
  @Enumerated(EnumType.STRING)
  ArticleStatus status;
  int revision;
  String documentId;
  int wordCount;
  Instant decidedAt;
  Long nearCopyOf;
  Integer nearCopyPercent;
  @Enumerated(EnumType.STRING)
  NearCopyVerdict nearCopyVerdict;
  /** The route of R1 (ReviewRouting table), fixed at registration; null until routed. */
  Boolean needsSupervisor;
  Boolean needsPrincipal;
  /** Review levels that approved the current revision: 0 none, 1 unit head, 2 supervising leader, 3 principal. */
  Integer approvedLevel;
  @Enumerated(EnumType.STRING)
  ReviewDecision lastDecision;
  /** 加签: the person a level added after its approval, until that person decides; null otherwise. */
  String addedReviewer;
  /** The level (1–3) whose reviewer added {@link #addedReviewer}; the route continues after it. */
  Integer addedAfterLevel;

  /** The review levels this article needs (R1.1–R1.3): 1, 2 or 3. */
  int requiredLevels() {
    if (needsSupervisor == null) {
      throw new IllegalStateException("article " + number + " has no route yet");
    }
    return 1 + (needsSupervisor ? 1 : 0) + (needsPrincipal ? 1 : 0);
  }

  void route(boolean supervisor, boolean principal) {
    needsSupervisor = supervisor;
    needsPrincipal = principal;
  }

  /**
   * A placeholder number until the id (and so the real number) is known: unique, because an empty one made every
   * concurrent submission wait for the other's uncommitted entry in the unique index on number (issue 17).
   */
  void numberPending() {
    number = "~" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
  }

  void submitted() {
    status = ArticleStatus.IN_REVIEW;
    approvedLevel = 0;
    lastDecision = ReviewDecision.SUBMITTED;
  }

  /** R1: the reviewer of {@code level} (1 head, 2 supervisor, 3 principal) approves or returns, in the chain's order. */
  void reviewAt(int level, boolean approved) {
    requireStatus(ArticleStatus.IN_REVIEW);
    int done = approvedLevel == null ? 0 : approvedLevel;
    boolean addedWaits = addedReviewer != null && addedAfterLevel != level;
    if (level != done + 1 || level > requiredLevels() || addedWaits) {
      throw new SubmissionRejected("审核级别", "稿件 " + number + " 当前等待第 " + (done + 1) + " 级审核,不能在第 " + level
          + " 级审核 (out of order)");
    }
    if (approved) {
      approvedLevel = level;
      lastDecision = ReviewDecision.APPROVED;
    } else {
      returned();
    }
  }

  /**
   * 加签 (issue 16): the reviewer of {@code level}, about to approve, adds {@code person} to review before the next
   * level. Once per approval; the added person decides through {@link #reviewAsAdded}.
   */
  void addReviewerAfter(int level, String person) {
    requireStatus(ArticleStatus.IN_REVIEW);
    if (addedReviewer != null) {
      throw new SubmissionRejected("reviewer 加签", "稿件 " + number + " 已加签,等待加签人审核");
    }
    if (level != (approvedLevel == null ? 0 : approvedLevel) + 1 || level > requiredLevels()) {
      throw new SubmissionRejected("reviewer 加签", "稿件 " + number + " 不在第 " + level + " 级审核,不能加签");
    }
    addedReviewer = person;
    addedAfterLevel = level;
  }

  /** 加签: the added reviewer approves (the route goes on after the level that added) or returns (R1.4). */
  void reviewAsAdded(boolean approved) {
    requireStatus(ArticleStatus.IN_REVIEW);
    if (addedReviewer == null || approvedLevel == null || !approvedLevel.equals(addedAfterLevel)) {
      throw new SubmissionRejected("审核级别", "稿件 " + number + " 没有等待加签人审核 (out of order)");
    }
    addedReviewer = null;
    if (approved) {
      lastDecision = ReviewDecision.APPROVED;
    } else {
      returned();
    }
  }

  private void returned() {
    status = ArticleStatus.RETURNED;
    lastDecision = ReviewDecision.RETURNED;
    addedReviewer = null;
  }

  /** R1.5: the editorial office decides, only after every level of the route approved this revision. */
  void decideEditorially(ReviewDecision decision) {
    requireStatus(ArticleStatus.IN_REVIEW);
    if ((approvedLevel == null ? 0 : approvedLevel) < requiredLevels()) {
      throw new SubmissionRejected("审核级别", "稿件 " + number + " 还没有经过全部审核(需 " + requiredLevels()
          + " 级,已 " + approvedLevel + " 级),政工科不能处理 (review chain incomplete)");
    }
    if (addedReviewer != null) {
      throw new SubmissionRejected("审核级别", "稿件 " + number + " 还在等待加签人审核,政工科不能处理 (review chain incomplete)");
    }
    lastDecision = decision;
    if (decision == ReviewDecision.RETURN) {
      status = ArticleStatus.RETURNED;
    }
  }

  /** R1.4: the informant resubmits a returned article; the chain starts again from the unit head. */
  void resubmit() {
    requireStatus(ArticleStatus.RETURNED);
    revision++;
    status = ArticleStatus.IN_REVIEW;
    approvedLevel = 0;
    addedReviewer = null;
    lastDecision = ReviewDecision.RESUBMITTED;
  }

  /** R1.4: withdrawn by the informant while no one has approved it yet, or after a return. */
  void withdraw() {
    boolean unapproved = status == ArticleStatus.IN_REVIEW && (approvedLevel == null || approvedLevel == 0);
    if (!unapproved && status != ArticleStatus.RETURNED) {
      throw new SubmissionRejected("撤回", "稿件 " + number + " 已有审核人同意或已办结(" + status.label()
          + "),不能撤回 (cannot withdraw)");
    }
    lastDecision = ReviewDecision.WITHDRAWN;
  }

  /** A correction by the editorial office: the article goes back to the review of {@code level} (1–3). */
  void stepBackTo(int level) {
    requireStatus(ArticleStatus.IN_REVIEW);
    if (level < 1 || level > (approvedLevel == null ? 0 : approvedLevel)) {
      throw new SubmissionRejected("更正", "稿件 " + number + " 还没有经过第 " + level + " 级审核,不能退回到这一级");
    }
    approvedLevel = level - 1;
    addedReviewer = null;
  }

  /** A correction by the editorial office at the unit's request: withdrawn at any point before it was concluded. */
  void withdrawOnRequest() {
    if (status != ArticleStatus.IN_REVIEW && status != ArticleStatus.RETURNED) {
      throw new SubmissionRejected("更正", "稿件 " + number + " 已办结(" + status.label()
          + "),不能撤回;采用登记有误请更正采用记录");
    }
    lastDecision = ReviewDecision.WITHDRAWN;
  }

  /** Ends the review with the outcome its last decision called for (R1.5); anything else is refused. */
  void conclude(ArticleStatus outcome, Instant at) {
    ReviewDecision needed = switch (outcome) {
      case ACCEPTED -> ReviewDecision.ACCEPT;
      case LOW_QUALITY -> ReviewDecision.LOW_QUALITY;
      case WITHDRAWN -> ReviewDecision.WITHDRAWN;
      default -> throw new IllegalArgumentException("not an outcome of the review: " + outcome);
    };
    if (lastDecision != needed || status != ArticleStatus.IN_REVIEW && status != ArticleStatus.RETURNED
        || outcome != ArticleStatus.WITHDRAWN && status != ArticleStatus.IN_REVIEW) {
      throw new SubmissionRejected("稿件状态", "稿件 " + number + " 没有经过政工科相应的决定(" + status.label()
          + "),不能记为" + outcome.label() + " (transition not allowed)");
    }
    status = outcome;
    decidedAt = at;
  }

  private void requireStatus(ArticleStatus expected) {
    if (status != expected) {
      throw new SubmissionRejected("稿件状态", "稿件 " + number + " 当前为“" + status.label() + "”,不能办理此步骤"
          + " (transition not allowed)");
    }
  }

  ArticleInfo toInfo() {
    return new ArticleInfo(id, number, unitCode, informant, title, itemClass, status, forwardedFromUnit, leadId,
        submittedAt, decidedAt, processInstanceId, externalId);
  }
}
