package org.publicitydesk.leads.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A news lead or major event (R5.2, R7); its {@link LeadStatus}. */
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
  @Enumerated(EnumType.STRING)
  LeadStatus status;
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
    return status == LeadStatus.OVERDUE || status == LeadStatus.COMPLETED && Boolean.FALSE.equals(onTime);
  }
}
