package org.publicitydesk.review.internal;

import org.publicitydesk.review.ArticleEvent;

/**
 * What a line of an article's review record says was done (R1.4, R1.5, issue 16's desk operations), with the label
 * the record shows; stored by name in {@code pd_review_step.decision}.
 */
enum StepDecision {
  SUBMITTED("已报送"),
  APPROVED("同意"),
  RETURNED("退回修改"),
  RESUBMITTED("修改后重新报送"),
  WITHDRAWN("撤回稿件"),
  /** Editorial decisions (R1.5). */
  ACCEPT("采用"),
  LOW_QUALITY("质量不高"),
  RETURN("退回修改"),
  RETITLED("修改标题"),
  /** The editorial office's corrections. */
  STEPPED_BACK("退回上一级重新审核"),
  WITHDRAWN_REQ("应单位要求撤回"),
  /** A reviewer's desk operations (issue 16). */
  TRANSFERRED("转交他人办理"),
  DELEGATED("请他人先行审阅"),
  OPINION("提出意见"),
  ADDED("请他人加签审核"),
  /** Other modules' events ({@link ArticleEvent}). */
  COPIED("抄送"),
  REMINDED("催办");

  final String label;

  StepDecision(String label) {
    this.label = label;
  }

  /** The record's line for a review decision (same name). */
  static StepDecision of(ReviewDecision decision) {
    return valueOf(decision.name());
  }

  static StepDecision of(ArticleEvent event) {
    return switch (event) {
      case COPY -> COPIED;
      case REMINDER -> REMINDED;
    };
  }
}
