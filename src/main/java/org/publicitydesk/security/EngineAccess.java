package org.publicitydesk.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
// impl: the command executor (a query without authorization checks) has no public type
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the application makes on its own behalf (reading its rule tables, say) without the
 * current user's authorization checks; the caller has already decided that the user may do what it asked.
 */
@Component
public class EngineAccess {

  private final ProcessEngine engine;

  EngineAccess(ProcessEngine engine) {
    this.engine = engine;
  }

  public <T> T asSystem(Supplier<T> action) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(action::get));
  }
}
