package org.publicitydesk.notification.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<NotificationEntity, Long> {

  List<NotificationEntity> findTop100ByRecipientOrderByCreatedAtDesc(String recipient);

  List<NotificationEntity> findByTaskIdOrderByCreatedAt(String taskId);

  boolean existsByRecipientAndKindAndCreatedAtGreaterThanEqual(String recipient, String kind, java.time.Instant since);
}
