package org.publicitydesk.leads.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A news lead or major event (R5.2, R7); {@code status} OPEN, OVERDUE or COMPLETED (see V8__leads.sql). */
@Entity
@Table(name = "pd_lead")
class LeadEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  String processInstanceId;
  String title;
  String responsibleUnitCode;
  Instant deadline;
  String notes;
  String status;
  Boolean onTime;
  String reportArticleNumber;
  Instant reportedAt;
  String completedByUnitCode;
  String completedArticle;
  Instant completedAt;
  String createdBy;
  Instant createdAt;

  /** The responsible unit did not report by the deadline: R7 credits whoever completed the story. */
  boolean missedByResponsibleUnit() {
    return "OVERDUE".equals(status) || "COMPLETED".equals(status) && Boolean.FALSE.equals(onTime);
  }
}
