package org.publicitydesk.notification.internal;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/notifications}: my inbox (newest first), and marking a notice read. */
@RestController
class NotificationController {

  private final NotificationRepository repository;
  private final IdentityService identity;

  NotificationController(NotificationRepository repository, IdentityService identity) {
    this.repository = repository;
    this.identity = identity;
  }

  record NotificationView(long id, String kind, String subject, String body, String taskId, Instant createdAt,
      Instant readAt) {
  }

  @GetMapping("/api/notifications")
  List<NotificationView> mine() {
    return repository.findTop100ByRecipientOrderByCreatedAtDesc(currentUser()).stream()
        .map(n -> new NotificationView(n.id, n.kind, n.subject, n.body, n.taskId, n.createdAt, n.readAt)).toList();
  }

  @PostMapping("/api/notifications/{id}/read")
  @Transactional
  void read(@PathVariable long id) {
    NotificationEntity n = repository.findById(id).filter(x -> x.recipient.equals(currentUser()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "通知 " + id + " 不存在"));
    if (n.readAt == null) {
      n.readAt = Instant.now();
    }
  }

  private String currentUser() {
    return identity.getCurrentAuthentication().getUserId();
  }
}
