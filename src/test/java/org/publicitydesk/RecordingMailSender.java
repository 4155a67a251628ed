package org.publicitydesk;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A mail server stand-in for tests: keeps what would have been sent. */
public class RecordingMailSender extends JavaMailSenderImpl {

  public final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

  @Override
  public void send(SimpleMailMessage... messages) {
    sent.addAll(List.of(messages));
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {

    @Bean
    RecordingMailSender mailSender() {
      return new RecordingMailSender();
    }
  }
}
