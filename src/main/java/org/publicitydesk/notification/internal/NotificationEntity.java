package org.publicitydesk.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notice in one person's inbox. */
@Entity
@Table(name = "pd_notification")
class NotificationEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification")
  @SequenceGenerator(name = "notification", sequenceName = "pd_notification_seq", allocationSize = 50)
  Long id;
  String recipient;
  String kind;
  String subject;
  String body;
  String taskId;
  Instant createdAt;
  Instant readAt;
}
