package org.publicitydesk.security;

import org.camunda.bpm.engine.delegate.VariableScope;
// impl: the running command (its user, its authorization switch) has no public accessor
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Who started a process, for the delegate that registers what was submitted (issue 14: identity never comes from a
 * variable a person wrote). A person's start always carries the signed-in user (every engine entry point needs a
 * login), and that user is the starter whatever the variables say. Only server code starts without a user (imports,
 * timers, tests through the Java API); it names the starter in the {@code initiator} variable, which no person may send
 * ({@link ProcessInputs}).
 */
public final class ProcessStarter {

  public static final String INITIATOR = "initiator";

  private ProcessStarter() {
  }

  /** The signed-in user of the current engine command, else the {@code initiator} that server code set. */
  public static String of(VariableScope execution) {
    String user = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
    if (user != null) {
      return user;
    }
    return execution.getVariable(INITIATOR) instanceof String initiator ? initiator : null;
  }
}
