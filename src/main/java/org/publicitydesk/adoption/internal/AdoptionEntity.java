package org.publicitydesk.adoption.internal;

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
import org.publicitydesk.adoption.Length;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.adoption.Placement;

/** An adoption as recorded; a correction or removal changes only its status, reason, and who and when. */
@Entity
@Table(name = "pd_adoption")
class AdoptionEntity {

  enum Status { ACTIVE, SUPERSEDED, REMOVED }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adoption")
  @SequenceGenerator(name = "adoption", sequenceName = "pd_adoption_seq", allocationSize = 50)
  Long id;
  Long articleId;
  String mediaName;
  @Enumerated(EnumType.STRING)
  MediaLevel mediaLevel;
  @Enumerated(EnumType.STRING)
  Length length;
  @Enumerated(EnumType.STRING)
  Placement placement;
  LocalDate publishedOn;
  String evidenceLink;
  String evidenceDocumentId;
  @Enumerated(EnumType.STRING)
  Status status;
  String reason;
  Long replacedBy;
  String recordedBy;
  Instant recordedAt;
  /** The {@code Task_RecordAdoption} it was recorded in (null for imports and corrections); 已办. */
  String taskId;
  String changedBy;
  Instant changedAt;
}
