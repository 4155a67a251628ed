package org.publicitydesk.opinion.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A public-opinion report (R3); its {@link OpinionStatus}. */
@Entity
@Table(name = "pd_opinion_report")
class OpinionReportEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opinionReport")
  @SequenceGenerator(name = "opinionReport", sequenceName = "pd_opinion_report_seq", allocationSize = 50)
  Long id;
  String processInstanceId;
  String externalId;
  String unitCode;
  String informant;
  String title;
  String content;
  Instant submittedAt;
  boolean onTime;
  @Enumerated(EnumType.STRING)
  OpinionStatus status;
  boolean bulletinAdopted;
  String bulletinIssue;
  LocalDate bulletinDate;
  Instant decidedAt;
  /** Who checked it (Task_CheckOpinionReport) and in which task; 已办. */
  String checkedBy;
  String checkTaskId;
  /** Who recorded the bulletin adoption (Task_RecordBulletinAdoption), in which task, when; 已办. */
  String bulletinBy;
  String bulletinTaskId;
  Instant bulletinAt;
}
