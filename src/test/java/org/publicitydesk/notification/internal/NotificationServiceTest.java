package org.publicitydesk.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.RecordingMailSender;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.notification.Notice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The notification module alone: an inbox row per recipient, stamped with the business clock, and an email only after
 * the sender's transaction commits, to those with an address; a mail server that fails loses no inbox row.
 */
class NotificationServiceTest {

  private static final Instant NOW = ZonedDateTime.parse("2026-03-05T10:30:00+08:00").toInstant();

  private final NotificationRepository repository = mock(NotificationRepository.class);
  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final List<NotificationEntity> saved = new ArrayList<>();
  private final RecordingMailSender mail = new RecordingMailSender();
  @SuppressWarnings("unchecked")
  private final ObjectProvider<JavaMailSender> mailServer = mock(ObjectProvider.class);

  private NotificationService notifications;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    when(repository.save(any())).thenAnswer(call -> {
      saved.add(call.getArgument(0));
      return call.getArgument(0);
    });
    notifications = new NotificationService(repository, identity, mailServer, new BusinessClock("Asia/Shanghai"));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void oneInboxRowPerRecipientAtTheBusinessClocksTime() {
    // given no mail server
    // when
    notifications.send(notice("head-economy", "sup-wang"));
    // then
    assertThat(saved).extracting(n -> n.recipient).containsExactly("head-economy", "sup-wang");
    assertThat(saved).allSatisfy(n -> {
      assertThat(n.kind).isEqualTo("REVIEW_TASK");
      assertThat(n.subject).isEqualTo("新的审核任务:经济发展办公室2026年3月5日工作信息");
      assertThat(n.taskId).isEqualTo("task-1");
      assertThat(n.createdAt).isEqualTo(NOW);
      assertThat(n.readAt).isNull();
    });
  }

  @Test
  void theEmailLeavesOnlyAfterTheTransactionCommits() {
    // given a mail server, an address for head-economy, none for sup-wang, and a transaction in progress
    when(mailServer.getIfAvailable()).thenReturn(mail);
    address("head-economy", "head@example.org");
    address("sup-wang", null);
    TransactionSynchronizationManager.initSynchronization();
    // when
    notifications.send(notice("head-economy", "sup-wang"));
    // then nothing before the commit, one email after it
    assertThat(mail.sent).isEmpty();
    commit();
    assertThat(mail.sent).hasSize(1);
    assertThat(mail.sent.get(0).getTo()).containsExactly("head@example.org");
    assertThat(mail.sent.get(0).getSubject()).isEqualTo("新的审核任务:经济发展办公室2026年3月5日工作信息");
  }

  @Test
  void aFailingMailServerLosesNoInboxRow() {
    // given
    JavaMailSender broken = mock(JavaMailSender.class);
    doThrow(new MailSendException("connection refused")).when(broken).send(any(SimpleMailMessage.class));
    when(mailServer.getIfAvailable()).thenReturn(broken);
    address("head-economy", "head@example.org");
    // when (no transaction: the email goes at once)
    notifications.send(notice("head-economy"));
    // then
    assertThat(saved).hasSize(1);
    verify(broken).send(any(SimpleMailMessage.class));
  }

  @Test
  void sentSinceAsksTheInboxForThatKindAndPeriod() {
    // given
    Instant monday = ZonedDateTime.parse("2026-03-02T00:00:00+08:00").toInstant();
    when(repository.existsByRecipientAndKindAndCreatedAtGreaterThanEqual("inf-economy", "QUOTA_REMINDER", monday))
        .thenReturn(true);
    // when / then
    assertThat(notifications.sentSince("inf-economy", "QUOTA_REMINDER", monday)).isTrue();
    assertThat(notifications.sentSince("inf-urban", "QUOTA_REMINDER", monday)).isFalse();
    verify(repository, never()).save(any());
  }

  private static Notice notice(String... recipients) {
    return new Notice(new LinkedHashSet<>(List.of(recipients)), "REVIEW_TASK",
        "新的审核任务:经济发展办公室2026年3月5日工作信息", "请在 Tasklist 中审核。", "task-1");
  }

  private void address(String userId, String email) {
    User user = mock(User.class);
    when(user.getEmail()).thenReturn(email);
    when(identity.createUserQuery().userId(userId).singleResult()).thenReturn(user);
  }

  private static void commit() {
    List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
    synchronizations.forEach(TransactionSynchronization::afterCommit);
  }
}
