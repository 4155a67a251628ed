package org.publicitydesk.review.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
// impl: the running command (its user) has no public accessor
import org.camunda.bpm.engine.impl.context.Context;

/** Who acts on a task: the authenticated user, else the assignee (Java API calls without authentication). */
final class Actors {

  private Actors() {
  }

  static String of(DelegateTask task) {
    String user = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
    return user != null ? user : task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
