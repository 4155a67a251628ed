/**
 * Notifications to people (催办 reminders, urgent articles): kept in the application as an in-app inbox, and sent
 * by email as well when a mail server is configured ({@code spring.mail.host}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "通知 Notification")
package org.publicitydesk.notification;
