package org.publicitydesk.e2e;

import org.openqa.selenium.logging.LogEntry;

/**
 * Which SEVERE browser console entries fail a test: every one about a page or resource the application serves,
 * except one the Camunda webapps cause by design — before anybody has signed in, they ask
 * {@code /camunda/api/admin/auth/user/default} who is signed in and the answer "nobody" is a 404, which Chromium
 * logs as a failed resource; and after a task is completed Tasklist may still reload that task (or its form or
 * variables) once, which answers 404 because the task is gone.
 */
final class ConsoleFilter {

  static final String CAMUNDA_SIGNED_IN_PROBE = "/camunda/api/admin/auth/user/default - Failed to load resource: "
      + "the server responded with a status of 404";

  private static final java.util.regex.Pattern TASK_GONE = java.util.regex.Pattern.compile(
      "/camunda/api/engine/engine/default/task/[0-9a-f-]+(/[a-zA-Z-]+)?(\\?\\S*)? - Failed to load resource: the server"
          + " responded with a status of 404.*");

  private ConsoleFilter() {
  }

  static boolean fromApplication(LogEntry entry, String root) {
    String message = entry.getMessage();
    boolean ours = message.startsWith(root) || message.contains(" " + root);
    return ours && !message.startsWith(root + CAMUNDA_SIGNED_IN_PROBE)
        && !TASK_GONE.matcher(message.substring(message.indexOf(root) + root.length())).matches();
  }
}
