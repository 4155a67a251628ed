package org.publicitydesk;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/**
 * Does for a test what the application's job executor does (tests run without it, {@code application-test.yaml}): runs
 * the pending asynchronous continuations ({@code asyncBefore}, issue 17) — {@code Task_ScoreArticle},
 * {@code Task_ScoreOpinionReport}, the settlement tasks, {@code Task_BookLateReport}. Never timers: a test fires those
 * itself at the business time it chooses. Runs as the system (no authenticated user), like the job executor.
 */
public final class TestJobs {

  private TestJobs() {
  }

  /** Runs the continuations of one process instance, and those they lead to, until none is left. */
  public static void run(ManagementService management, String processInstanceId) {
    drain(management, () -> management.createJobQuery().processInstanceId(processInstanceId));
  }

  /** Runs the continuations of every instance of a process (a settlement started by a timer or by the API). */
  public static void runAll(ManagementService management, String processDefinitionKey) {
    drain(management, () -> management.createJobQuery().processDefinitionKey(processDefinitionKey));
  }

  private static void drain(ManagementService management, java.util.function.Supplier<JobQuery> jobs) {
    for (Job job = next(jobs); job != null; job = next(jobs)) {
      management.executeJob(job.getId());
    }
  }

  private static Job next(java.util.function.Supplier<JobQuery> jobs) {
    return jobs.get().messages().withRetriesLeft().listPage(0, 1).stream().findFirst().orElse(null);
  }
}
