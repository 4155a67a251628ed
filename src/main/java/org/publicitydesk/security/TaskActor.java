package org.publicitydesk.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Who completes a task, for the listener that records it (review record, 已办): the signed-in user of the engine
 * command, else the assignee (server code through the Java API without a login), else {@code system}.
 */
public final class TaskActor {

  private TaskActor() {
  }

  public static String of(DelegateTask task) {
    String user = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
    return user != null ? user : task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
