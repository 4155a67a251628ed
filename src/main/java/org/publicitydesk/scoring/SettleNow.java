package org.publicitydesk.scoring;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.publicitydesk.security.EngineAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code POST /api/settlements} (contract) settles now, synchronously: starts the settlement process with its start
 * message (so Cockpit shows it) and runs its settlement task — {@code asyncBefore} (issue 17), a job of its own when a
 * timer starts the settlement — in the same request and transaction. The answer therefore follows the booking, and a
 * failure answers with its message and starts and books nothing; the job executor never sees the job.
 */
@Component
public class SettleNow {

  private final RuntimeService runtime;
  private final ManagementService management;
  private final EngineAccess access;
  private final TransactionTemplate transaction;

  SettleNow(RuntimeService runtime, ManagementService management, EngineAccess access, TransactionTemplate transaction) {
    this.runtime = runtime;
    this.management = management;
    this.access = access;
    this.transaction = transaction;
  }

  /** Starts the settlement process by {@code message} with {@code variables}, runs it to its end; its instance id. */
  public String settle(String message, Map<String, Object> variables) {
    return transaction.execute(status -> {
      String instance = access.asSystem(() -> runtime.createMessageCorrelation(message).setVariables(variables)
          .correlateStartMessage().getId());
      access.asSystem(() -> {
        management.createJobQuery().processInstanceId(instance).messages().list()
            .forEach(job -> management.executeJob(job.getId()));
        return null;
      });
      return instance;
    });
  }
}
