package org.publicitydesk.followup.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An informant's reminder (催办) of a waiting article: one per article and working day (unique index). */
@Entity
@Table(name = "pd_informant_reminder")
class ReminderEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  Long articleId;
  String informant;
  LocalDate workingDay;
  String taskId;
  /** Comma-separated user ids of the people reminded. */
  String recipients;
  Instant remindedAt;
}
