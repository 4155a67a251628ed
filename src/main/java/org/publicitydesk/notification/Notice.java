package org.publicitydesk.notification;

import java.util.Set;

/** One message to some people; {@code taskId} links it to the Tasklist task it is about (may be null). */
public record Notice(Set<String> recipients, String kind, String subject, String body, String taskId) {
}
