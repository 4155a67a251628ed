package org.publicitydesk.notification;

/** Sends notices: an inbox row per recipient now, an email after the transaction commits (when mail is configured). */
public interface Notifications {

  void send(Notice notice);
}
