package org.publicitydesk.review;

/** Where an article stands; only ACCEPTED counts for quotas and points (R1.5, R2.2). */
public enum ArticleStatus {
  IN_REVIEW("审核中"),
  RETURNED("退回修改"),
  WITHDRAWN("已撤回"),
  ACCEPTED("已采用"),
  LOW_QUALITY("质量不高"),
  /** Imported only: returned and never resubmitted, from the office's spreadsheets. */
  REJECTED("未采用");

  private final String label;

  ArticleStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
