package org.publicitydesk.notification;

/** Sends notices: an inbox row per recipient now, an email after the transaction commits (when mail is configured). */
public interface Notifications {

  void send(Notice notice);

  /** Whether the person already got a notice of this kind since then (to remind once per period). */
  boolean sentSince(String recipient, String kind, java.time.Instant since);
}
