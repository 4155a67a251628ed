package org.publicitydesk.notification.internal;

import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.notification.Notice;
import org.publicitydesk.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link Notifications}: inbox rows in the caller's transaction, stamped with the business clock (the engine's, so that
 * reminders once a week follow a test's clock too); emails only after it commits, never before.
 */
@Service
@Transactional
class NotificationService implements Notifications {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationRepository repository;
  private final IdentityService identity;
  private final ObjectProvider<JavaMailSender> mail;
  private final BusinessClock clock;
  /** The mail sender, looked up once: resolving it through the provider at every notice cost more than the notice. */
  private volatile java.util.Optional<JavaMailSender> sender;

  NotificationService(NotificationRepository repository, IdentityService identity, ObjectProvider<JavaMailSender> mail,
      BusinessClock clock) {
    this.clock = clock;
    this.repository = repository;
    this.identity = identity;
    this.mail = mail;
  }

  @Override
  public void send(Notice notice) {
    for (String recipient : notice.recipients()) {
      NotificationEntity n = new NotificationEntity();
      n.recipient = recipient;
      n.kind = notice.kind();
      n.subject = notice.subject();
      n.body = notice.body();
      n.taskId = notice.taskId();
      n.createdAt = clock.now().toInstant();
      repository.save(n);
    }
    mailSender().ifPresent(sender -> afterCommit(() -> email(sender, notice)));
  }

  private java.util.Optional<JavaMailSender> mailSender() {
    java.util.Optional<JavaMailSender> known = sender;
    if (known == null) {
      known = java.util.Optional.ofNullable(mail.getIfAvailable());
      sender = known;
    }
    return known;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean sentSince(String recipient, String kind, Instant since) {
    return repository.existsByRecipientAndKindAndCreatedAtGreaterThanEqual(recipient, kind, since);
  }

  private void email(JavaMailSender sender, Notice notice) {
    for (String recipient : notice.recipients()) {
      User user = identity.createUserQuery().userId(recipient).singleResult();
      if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
        continue;
      }
      SimpleMailMessage message = new SimpleMailMessage();
      message.setTo(user.getEmail());
      message.setSubject(notice.subject());
      message.setText(notice.body());
      try {
        sender.send(message);
      } catch (MailException e) {
        // the inbox row is there; a mail server that is down must not fail the reviewer's work
        LOG.warn("通知邮件发送失败 ({}): {}", recipient, e.getMessage());
      }
    }
  }

  private static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          action.run();
        }
      });
    } else {
      action.run();
    }
  }
}
