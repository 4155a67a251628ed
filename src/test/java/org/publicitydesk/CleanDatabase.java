package org.publicitydesk;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Database state per test class (issue 18): after each {@link PublicityDeskTest} class, removes what the class
 * created, so that no test depends on another class's data or on the order classes run in. Removed: every row of the
 * application's tables but the reference data loaded at start ({@link #REFERENCE}: organisation, people, memberships,
 * leading group, calendar, media catalogue, leases, the ledger's generation — counted up instead), and the engine's process instances with their tasks, variables,
 * jobs, incidents, batches and history, and the per-instance and per-task authorizations the application and Camunda
 * granted for them. Kept: deployments and definitions, the timer-start jobs of the settlement definitions, identity
 * (the sample organisation's users and groups), role grants, Tasklist filters, Flyway's history. One connection, a
 * few statements with H2's referential checks off meanwhile; no context restart.
 */
public class CleanDatabase extends AbstractTestExecutionListener {

  /** The application's tables loaded at start (organisation file, calendar, media catalogue) or not per test. */
  static final Set<String> REFERENCE = Set.of("PD_SUBDISTRICT", "PD_UNIT", "PD_PERSON", "PD_MEMBERSHIP",
      "PD_LEADING_GROUP_MEMBER", "PD_CALENDAR_YEAR", "PD_MEDIA_OUTLET", "PD_LEASE", "PD_LEDGER_GENERATION");

  private static final String BATCH_JOB_DEFINITIONS = "select SEED_JOB_DEF_ID_ from ACT_RU_BATCH"
      + " union select MONITOR_JOB_DEF_ID_ from ACT_RU_BATCH union select BATCH_JOB_DEF_ID_ from ACT_RU_BATCH";

  /** The engine's runtime rows of process instances, tasks and batches (kept: definitions' jobs, subscriptions, links). */
  private static final List<String> ENGINE = List.of(
      "delete from ACT_RU_VARIABLE",
      "delete from ACT_RU_IDENTITYLINK where TASK_ID_ is not null",
      "delete from ACT_RU_TASK",
      "delete from ACT_RU_EVENT_SUBSCR where EXECUTION_ID_ is not null",
      "delete from ACT_RU_INCIDENT where PROC_INST_ID_ is not null",
      "delete from ACT_RU_EXT_TASK",
      "delete from ACT_RU_JOB where PROCESS_INSTANCE_ID_ is not null or JOB_DEF_ID_ in (" + BATCH_JOB_DEFINITIONS + ")",
      "delete from ACT_RU_JOBDEF where ID_ in (" + BATCH_JOB_DEFINITIONS + ")",
      "delete from ACT_RU_BATCH",
      "delete from ACT_RU_EXECUTION",
      "delete from ACT_RU_AUTHORIZATION where RESOURCE_ID_ <> '*' and RESOURCE_TYPE_ in ("
          + Stream.of(Resources.PROCESS_INSTANCE, Resources.TASK, Resources.HISTORIC_PROCESS_INSTANCE,
              Resources.HISTORIC_TASK).map(r -> String.valueOf(r.resourceType())).reduce((a, b) -> a + ", " + b)
              .orElseThrow() + ")",
      // variables', job exceptions' and history's byte arrays; deployments' resources are REPOSITORY
      "delete from ACT_GE_BYTEARRAY where TYPE_ in (" + ResourceTypes.RUNTIME.getValue() + ", "
          + ResourceTypes.HISTORY.getValue() + ") and ID_ not in"
          + " (select EXCEPTION_STACK_ID_ from ACT_RU_JOB where EXCEPTION_STACK_ID_ is not null)");

  private static volatile List<String> statements;

  @Override
  public void afterTestClass(TestContext context) {
    clean(context.getApplicationContext().getBean(DataSource.class));
  }

  static void clean(DataSource dataSource) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    List<String> all = statements(jdbc);
    jdbc.execute((Connection c) -> {
      try (Statement s = c.createStatement()) {
        s.execute("set referential_integrity false");
        try {
          for (String sql : all) {
            s.execute(sql);
          }
        } finally {
          s.execute("set referential_integrity true");
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return null;
    });
  }

  /** The statements: the application's tables and the engine's history tables are found in the schema once. */
  private static List<String> statements(JdbcTemplate jdbc) {
    if (statements == null) {
      List<String> list = new ArrayList<>();
      jdbc.queryForList("select TABLE_NAME from INFORMATION_SCHEMA.TABLES where TABLE_SCHEMA = 'PUBLIC'"
          + " and (TABLE_NAME like 'PD\\_%' or TABLE_NAME like 'ACT\\_HI\\_%') order by TABLE_NAME", String.class)
          .stream().filter(t -> !REFERENCE.contains(t)).forEach(t -> list.add("delete from " + t));
      list.addAll(ENGINE);
      // the ledger's lines were removed behind its back: rankings kept by generation are computed again
      list.add("update PD_LEDGER_GENERATION set GENERATION = GENERATION + 1");
      statements = List.copyOf(list);
    }
    return statements;
  }
}
