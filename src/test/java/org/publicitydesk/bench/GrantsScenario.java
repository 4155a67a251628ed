package org.publicitydesk.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.publicitydesk.bench.BenchOrganization.BenchUnit;
import org.publicitydesk.organization.Groups;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenario 5, a year's grants: every article and opinion report grants its process instance (runtime and history) to
 * its unit's two groups, and those rows stay. A unit head's task list (as Tasklist's 待我审核 asks it) is timed before
 * and after {@code rows} such grants are added, as a city-scale year of 150,000 articles and 250,000 reports leaves
 * (4 × 400,000 = 1,600,000): an engine command must not cost more as the year fills the authorization table.
 */
final class GrantsScenario {

  record Result(long rowsBefore, long rowsAfter, long insertMillis, long medianBefore, long medianAfter,
      double statementsBefore, double statementsAfter) {
  }

  private static final int CALLS = 21;
  private static final String INSERT = "insert into ACT_RU_AUTHORIZATION"
      + " (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_) values (?, 1, 1, ?, ?, ?, ?)";

  private final BenchApp app;

  GrantsScenario(BenchApp app) {
    this.app = app;
  }

  Result run(List<BenchUnit> units, int rows) {
    JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
    BenchUnit unit = units.get(0);
    long before = count(jdbc);
    long[] listBefore = taskList(jdbc, unit);
    long t0 = System.nanoTime();
    insert(jdbc, units, rows);
    long insertMillis = (System.nanoTime() - t0) / 1_000_000;
    long[] listAfter = taskList(jdbc, unit);
    return new Result(before, count(jdbc), insertMillis, listBefore[0], listAfter[0], listBefore[1] / (double) CALLS,
        listAfter[1] / (double) CALLS);
  }

  private static long count(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Long.class);
  }

  /**
   * Median milliseconds of {@link #CALLS} task lists by the unit's head, and the statements they sent in all. Before
   * each, one more grant is written, as the day's articles do: a database may answer a repeated query on an unchanged
   * table from a cache (H2 does), which in use it never is.
   */
  private long[] taskList(JdbcTemplate jdbc, BenchUnit unit) {
    String path = "/engine-rest/task?processDefinitionKey=ArticleReview&taskDefinitionKey=Task_ReviewByUnitHead"
        + "&candidateGroups=" + String.join(",", Groups.STAFF, Groups.UNIT_HEADS, Groups.unit(unit.code()),
        Groups.unitHead(unit.code())) + "&includeAssignedTasks=true&maxResults=15";
    for (int i = 0; i < CALLS; i++) {
      app.get(path, unit.head()); // warm-up, not measured
    }
    List<Long> millis = new ArrayList<>();
    long statements = StatementCounter.STATEMENTS.get();
    for (int i = 0; i < CALLS; i++) {
      jdbc.update(INSERT, "today-" + UUID.randomUUID(), Groups.unit(unit.code()), Resources.PROCESS_INSTANCE.resourceType(),
          "today-" + UUID.randomUUID(), Permissions.READ.getValue());
      statements--;
      long t = System.nanoTime();
      HttpResponse<String> answer = app.get(path, unit.head());
      millis.add((System.nanoTime() - t) / 1_000_000);
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("task list " + answer.statusCode() + " " + answer.body());
      }
    }
    statements = StatementCounter.STATEMENTS.get() - statements;
    Collections.sort(millis);
    return new long[] {millis.get(CALLS / 2), statements};
  }

  /** The grants a year leaves, spread over the units, as {@code UnitAccess} writes them (in batches, by JDBC). */
  private static void insert(JdbcTemplate jdbc, List<BenchUnit> units, int rows) {
    int batch = 5000;
    for (int done = 0; done < rows; done += batch) {
      List<Object[]> args = new ArrayList<>(batch);
      for (int i = done; i < Math.min(rows, done + batch); i += 4) {
        BenchUnit unit = units.get(i / 4 % units.size());
        // ids in order (as the engine's own, which come in blocks), so the inserts append to the indexes
        String instance = String.format("year-%08d", i / 4);
        int k = 0;
        for (String group : List.of(Groups.unit(unit.code()), Groups.unitSupervisor(unit.code()))) {
          args.add(new Object[] {instance + "-" + k++, group, Resources.PROCESS_INSTANCE.resourceType(), instance,
              Permissions.READ.getValue()});
          args.add(new Object[] {instance + "-" + k++, group, Resources.HISTORIC_PROCESS_INSTANCE.resourceType(),
              instance, Permissions.READ.getValue()});
        }
      }
      jdbc.batchUpdate(INSERT, args);
    }
  }
}
