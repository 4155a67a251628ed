package org.publicitydesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.publicitydesk.TestArticles;
import org.publicitydesk.it.AppProcess.Answer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Faults on a real PostgreSQL with the application in its own JVM (production profile): SIGKILL under load and a
 * restart, two nodes on one database with their job executors racing for the settlement timers, and a database
 * restart under a running application. Every figure is printed ({@code FAULTS:} lines) for the closing note.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

  private static final String ADMIN = "Xuanchuan#2026";
  private static final String PASSWORD = "Chushi#2026";
  private static final String START = "/engine-rest/process-definition/key/ArticleReview/start";
  private static final List<String> UNITS = List.of("economy", "urban", "dongfeng", "heping");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  private static EmbeddedPostgres postgres;
  private static int postgresPort;
  private static Path organization;
  /** The applications' consoles, kept for reading after the build. */
  private static final Path logs = Path.of("target", "faults");

  @BeforeAll
  static void startPostgres() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      postgresPort = socket.getLocalPort();
    }
    postgres = postgresBuilder().start();
    organization = dir.resolve("organization.yaml");
    String sample = new ClassPathResource("organization/sample-organization.yaml").getContentAsString(StandardCharsets.UTF_8);
    Files.writeString(organization, sample.replace("initialPassword: demo", "initialPassword: " + PASSWORD));
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  // ---------------------------------------------------------------------------------------------- crash

  @Test
  @Order(1)
  void aKilledApplicationLosesNothingAcknowledgedAndContinuesWhereItWas() throws Exception {
    String database = database("pd_crash");
    Queue<Article> articles = new ConcurrentLinkedQueue<>();
    Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    AtomicInteger stepsAcknowledged = new AtomicInteger();
    AtomicInteger settlementsAcknowledged = new AtomicInteger();
    AtomicInteger requests = new AtomicInteger();
    List<JsonNode> settledFigures = new ArrayList<>();

    AppProcess first = AppProcess.start(logs.resolve("crash-1.log"), settings(database), ADMIN);
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> workers = new ArrayList<>();
    for (String unit : UNITS) {
      workers.add(started(() -> {
        while (!stop.get()) {
          Article a = new Article(UUID.randomUUID().toString(), unit);
          articles.add(a);
          requests.incrementAndGet();
          Answer started = first.request("POST", START, "inf-" + unit, PASSWORD, startBody(a));
          if (started.status() == 200) {
            a.instanceId = id(started);
            a.acknowledged = true;
          } else {
            note(unexpected, started);
            return;
          }
          if (!advanceToEnd(first, a, stepsAcknowledged, requests, unexpected)) {
            return;
          }
        }
      }));
    }
    // the editorial office settles the third quarter again and again meanwhile (R5.1, replaces, never adds)
    workers.add(started(() -> {
      while (!stop.get()) {
        requests.incrementAndGet();
        Answer settled = first.request("POST", "/api/settlements?year=2026&quarter=3", "editor-liu", PASSWORD, null);
        if (settled.status() != 200) {
          note(unexpected, settled);
          return;
        }
        settlementsAcknowledged.incrementAndGet();
        synchronized (settledFigures) {
          settledFigures.add(read(settled.body()).get("units"));
        }
        AppProcess.sleep(300);
      }
    }));

    // when the process is killed in the middle of the load
    long until = System.currentTimeMillis() + 90_000;
    while (articles.stream().filter(a -> a.acknowledged).count() < 16 && System.currentTimeMillis() < until) {
      AppProcess.sleep(200);
    }
    first.kill();
    stop.set(true);
    for (Thread worker : workers) {
      worker.join(120_000);
    }
    long acknowledgedBeforeKill = articles.stream().filter(a -> a.acknowledged).count();
    int stepsBeforeKill = stepsAcknowledged.get();
    List<Article> inFlight = articles.stream().filter(a -> !a.acknowledged).toList();

    // and started again
    try (AppProcess second = AppProcess.start(logs.resolve("crash-2.log"), settings(database), ADMIN);
        Database db = new Database(database)) {
      // then every acknowledged article is there, once, with its Word document
      for (Article a : articles) {
        if (a.acknowledged) {
          assertThat(db.count("select count(*) from pd_article a join pd_document d on d.id = a.document_id "
              + "join pd_document_content c on c.document_id = d.id where a.submission_key = ? "
              + "and a.process_instance_id = ?", a.key, a.instanceId)).as(a.key).isEqualTo(1);
        }
      }
      // a start in flight at the kill is sent again with its key: stored once, either way
      int storedBeforeKill = 0;
      for (Article a : inFlight) {
        Answer again = second.request("POST", START, "inf-" + a.unit, PASSWORD, startBody(a));
        if (again.status() == 409) {
          storedBeforeKill++;
          a.instanceId = db.jdbc.queryForObject("select process_instance_id from pd_article where submission_key = ?",
              String.class, a.key);
        } else {
          assertThat(again.status()).as(again.body()).isEqualTo(200);
          a.instanceId = id(again);
        }
        a.acknowledged = true;
      }
      // every process continues from where it was, to its end
      for (Article a : articles) {
        assertThat(advanceToEnd(second, a, stepsAcknowledged, requests, unexpected)).isTrue();
      }
      assertThat(unexpected).isEmpty();
      // the last step's scoring is a job of its own (asyncBefore, issue 17): the job executor scores each article
      long scoredAfter = awaitCount(db, articles.size(), "select count(*) from act_hi_procinst where proc_def_key_ = 'ArticleReview' "
          + "and state_ = 'COMPLETED' and end_act_id_ = 'EndEvent_ArticleScored'");
      for (Article a : articles) {
        assertThat(db.count("select count(*) from pd_article where submission_key = ?", a.key)).isEqualTo(1);
        assertThat(db.count("select count(*) from act_hi_procinst where id_ = ? and state_ = 'COMPLETED' "
            + "and end_act_id_ = 'EndEvent_ArticleScored'", a.instanceId)).isEqualTo(1);
      }
      assertThat(db.count("select count(*) from pd_article")).isEqualTo(articles.size());
      // no ledger entry lost or doubled: one R4 line of 55 points per article
      assertThat(db.count("select count(*) from pd_ledger_entry where rule_id = 'R4' and superseded_at is null"))
          .isEqualTo(articles.size());
      assertThat(db.count("select coalesce(sum(points), 0) from pd_ledger_entry where rule_id = 'R4' "
          + "and superseded_at is null")).isEqualTo(55L * articles.size());
      assertThat(db.count("select count(*) from (select source_id from pd_ledger_entry where superseded_at is null "
          + "and source_type <> 'SETTLEMENT' group by source_type, source_id, rule_id having count(*) > 1) d")).isZero();
      // settlements give the same figures as without the crash, booked once
      Answer settled = second.request("POST", "/api/settlements?year=2026&quarter=3", "editor-liu", PASSWORD, null);
      assertThat(settled.status()).isEqualTo(200);
      JsonNode after = JSON.readTree(settled.body()).get("units");
      assertThat(settledFigures).isNotEmpty().allSatisfy(figures -> assertThat(figures).isEqualTo(after));
      long booked = 0;
      for (JsonNode unit : after) {
        booked += unit.get("points").asLong();
      }
      assertThat(db.count("select coalesce(sum(points), 0) from pd_ledger_entry where source_type = 'SETTLEMENT' "
          + "and source_id like 'R5.1:2026-Q3:%' and superseded_at is null")).isEqualTo(booked);

      figures("FAULTS: crash: %d requests, %d starts acknowledged before SIGKILL, %d review/adoption steps "
              + "acknowledged before SIGKILL, %d settlements acknowledged before SIGKILL, %d starts in flight at the kill "
              + "(%d had been stored and were refused as duplicates on retry, %d were not stored and were created on "
              + "retry), %d articles after restart, all scored once (%d R4 points; the last scoring job done %d ms after "
              + "the last step), settlement 2026-Q3 %d points before and after; lost: 0%n", requests.get(),
          acknowledgedBeforeKill, stepsBeforeKill, settlementsAcknowledged.get(), inFlight.size(), storedBeforeKill,
          inFlight.size() - storedBeforeKill, articles.size(), 55L * articles.size(), scoredAfter, booked);
    }
  }

  // ---------------------------------------------------------------------------------------------- two nodes

  @Test
  @Order(2)
  void twoNodesOnOneDatabaseServeTasklistAndRunEachTimerOnce() throws Exception {
    String database = database("pd_cluster");
    try (AppProcess a = AppProcess.start(logs.resolve("node-a.log"), settings(database), ADMIN);
        AppProcess b = AppProcess.start(logs.resolve("node-b.log"), settings(database), ADMIN);
        Database db = new Database(database)) {
      // both nodes serve Tasklist and see the same tasks
      for (AppProcess node : List.of(a, b)) {
        assertThat(node.request("GET", "/camunda/app/tasklist/default/", "x", "x", null).status()).isEqualTo(200);
      }
      Answer started = a.request("POST", START, "inf-economy", PASSWORD, startBody(new Article(UUID.randomUUID()
          .toString(), "economy")));
      assertThat(started.status()).isEqualTo(200);
      JsonNode tasks = JSON.readTree(b.request("GET", "/engine-rest/task?processInstanceId=" + id(started),
          "head-economy", PASSWORD, null).body());
      assertThat(tasks).hasSize(1);
      assertThat(b.request("POST", "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete", "head-economy",
          PASSWORD, "{\"variables\":{\"approved\":{\"value\":true}}}").status()).isEqualTo(204);

      // when the monthly settlement's timer falls due (it settles the month just ended), with both job executors
      // polling (the quarterly and annual ones would refuse a period that has not ended yet)
      String key = "MonthlyOpinionSettlement";
      assertThat(db.count("select count(*) from act_ru_job where handler_type_ = 'timer-start-event' "
          + "and process_def_key_ = ?", key)).isEqualTo(1);
      db.jdbc.update("update act_ru_job set duedate_ = now() - interval '1 minute' "
          + "where handler_type_ = 'timer-start-event' and process_def_key_ = ?", key);

      // then the settlement runs once, not once per node, and its next timer is set once
      awaitCount(db, 1, "select count(*) from act_hi_procinst where proc_def_key_ = '" + key + "' and state_ = 'COMPLETED'");
      AppProcess.sleep(8_000);
      assertThat(db.count("select count(*) from act_hi_procinst where proc_def_key_ = ?", key)).isEqualTo(1);
      assertThat(db.count("select count(*) from act_ru_job where handler_type_ = 'timer-start-event' "
          + "and process_def_key_ = ? and duedate_ > now()", key)).isEqualTo(1);
      assertThat(db.count("select count(*) from act_ru_incident")).isZero();
      figures("FAULTS: two nodes: both serve Tasklist and the same task; the monthly settlement timer fell due with two "
          + "job executors polling: %d settlement run, %d next timer%n", db.count("select count(*) from act_hi_procinst "
          + "where proc_def_key_ = ?", key), db.count("select count(*) from act_ru_job where process_def_key_ = ?", key));
    }
  }

  // ---------------------------------------------------------------------------------------------- database restart

  @Test
  @Order(3)
  void theApplicationSurvivesADatabaseRestartAndAnswersCleanlyMeanwhile() throws Exception {
    String database = database("pd_outage");
    try (AppProcess app = AppProcess.start(logs.resolve("outage.log"), settings(database), ADMIN)) {
      Article before = new Article(UUID.randomUUID().toString(), "economy");
      Answer acknowledged = app.request("POST", START, "inf-economy", PASSWORD, startBody(before));
      assertThat(acknowledged.status()).isEqualTo(200);

      // when the database stops
      postgres.close();
      int outageRequests = 0;
      long slowest = 0;
      for (int i = 0; i < 3; i++) {
        for (String[] call : List.of(new String[] {"GET", "/engine-rest/task"}, new String[] {"GET", "/api/units"},
            new String[] {"POST", START})) {
          long t0 = System.currentTimeMillis();
          Answer answer = app.request(call[0], call[1], "inf-economy", PASSWORD,
              call[0].equals("POST") ? startBody(new Article(UUID.randomUUID().toString(), "economy")) : null);
          slowest = Math.max(slowest, System.currentTimeMillis() - t0);
          outageRequests++;
          // then requests fail cleanly and quickly with a retryable error
          assertThat(answer.status()).as(call[1] + " " + answer.body()).isEqualTo(503);
          assertThat(answer.body()).contains("数据库暂时无法连接").doesNotContain("at org.");
        }
      }
      assertThat(slowest).isLessThan(20_000);

      // and when it is back, the application reconnects by itself
      postgres = postgresBuilder().start();
      long until = System.currentTimeMillis() + 60_000;
      Answer after;
      do {
        AppProcess.sleep(1000);
        after = app.request("POST", START, "inf-economy", PASSWORD,
            startBody(new Article(UUID.randomUUID().toString(), "economy")));
      } while (after.status() != 200 && System.currentTimeMillis() < until);
      assertThat(after.status()).as(after.body()).isEqualTo(200);
      try (Database db = new Database(database)) {
        assertThat(db.count("select count(*) from pd_article where submission_key = ?", before.key)).isEqualTo(1);
        assertThat(db.count("select count(*) from pd_article")).isEqualTo(2);
      }
      figures("FAULTS: database restart: %d requests during the outage, all 503 with Retry-After, slowest "
          + "%d ms; reconnected without restarting the application; acknowledged before: kept%n", outageRequests, slowest);
    }
  }

  // ---------------------------------------------------------------------------------------------- helpers

  /** One article of the load and how far it was acknowledged. */
  static final class Article {
    final String key;
    final String unit;
    volatile String instanceId;
    volatile boolean acknowledged;

    Article(String key, String unit) {
      this.key = key;
      this.unit = unit;
    }
  }

  /**
   * Works the article's tasks as the people who own them until its process ends: the unit head approves, the
   * editorial office accepts and records one adoption (大众日报, brief, other page's headline: 55 points, R4).
   * False when the application cannot be reached.
   */
  private static boolean advanceToEnd(AppProcess app, Article a, AtomicInteger acknowledged, AtomicInteger requests,
      Queue<String> unexpected) {
    for (int round = 0; round < 20; round++) {
      requests.incrementAndGet();
      Answer tasks = app.request("GET", "/engine-rest/task?processInstanceId=" + a.instanceId, "admin", ADMIN, null);
      if (tasks.status() != 200) {
        note(unexpected, tasks);
        return false;
      }
      JsonNode list = read(tasks.body());
      if (list.isEmpty()) {
        return true;
      }
      String task = list.get(0).get("id").asText();
      String key = list.get(0).get("taskDefinitionKey").asText();
      String user = key.equals("Task_ReviewByUnitHead") ? "head-" + a.unit : "editor-liu";
      String body = switch (key) {
        case "Task_ReviewByUnitHead" -> "{\"variables\":{\"approved\":{\"value\":true}}}";
        case "Task_EditorialReview" -> "{\"variables\":{\"decision\":{\"value\":\"ACCEPT\"}}}";
        case "Task_RecordAdoption" -> "{\"variables\":{\"mediaName\":{\"value\":\"大众日报\"},\"length\":{\"value\":"
            + "\"BRIEF\"},\"placement\":{\"value\":\"OTHER_PAGE_HEADLINE\"},\"publishedOn\":{\"value\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "\"},"
            + "\"trackingDone\":{\"value\":true}}}";
        default -> throw new IllegalStateException("unexpected task " + key);
      };
      requests.incrementAndGet();
      Answer done = app.request("POST", "/engine-rest/task/" + task + "/complete", user, PASSWORD, body);
      if (done.status() == 204) {
        acknowledged.incrementAndGet();
      } else {
        note(unexpected, done);
        return false;
      }
    }
    return false;
  }

  /**
   * Waits until {@code sql} counts at least {@code expected} — the job executor's work — and says how long it took; at
   * most 6 minutes: a job a killed node had taken stays locked for Camunda's lock time (5 minutes) before another runs it.
   */
  private static long awaitCount(Database db, long expected, String sql) {
    long start = System.currentTimeMillis();
    while (db.count(sql) < expected && System.currentTimeMillis() < start + 360_000) {
      AppProcess.sleep(200);
    }
    return System.currentTimeMillis() - start;
  }

  /** The figures of a fault, for the closing note: printed, and kept in target/faults/figures.txt. */
  private static void figures(String format, Object... args) {
    String line = String.format(format, args);
    System.out.print(line);
    try {
      Files.createDirectories(logs);
      Files.writeString(logs.resolve("figures.txt"), line, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Thread started(Runnable work) {
    Thread thread = new Thread(work);
    thread.start();
    return thread;
  }

  /** Refusals other than "the application is gone" are failures of the test. */
  private static void note(Queue<String> unexpected, Answer answer) {
    if (answer.status() != -1) {
      unexpected.add(answer.status() + " " + answer.body());
    }
  }

  private static String startBody(Article a) {
    Map<String, Object> body = new LinkedHashMap<>(TestArticles.restStart(a.unit, "ORDINARY"));
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = new LinkedHashMap<>((Map<String, Object>) body.get("variables"));
    variables.put("submissionKey", Map.of("value", a.key));
    body.put("variables", variables);
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String id(Answer answer) {
    return read(answer.body()).get("id").asText();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(json, e);
    }
  }

  private static EmbeddedPostgres.Builder postgresBuilder() {
    try {
      Files.createDirectories(logs);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    // the database's own log goes to a file: the restart test makes it chatty
    ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logs.resolve("postgres.log").toFile());
    return EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pgdata")).setCleanDataDirectory(false)
        .setPort(postgresPort).setOutputRedirector(log).setErrorRedirector(log);
  }

  private static String database(String name) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
      s.execute("create database " + name);
    }
    return name;
  }

  private static Map<String, String> settings(String database) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spring.profiles.active", "postgres");
    settings.put("POSTGRES_URL", "jdbc:postgresql://localhost:" + postgresPort + "/" + database);
    settings.put("POSTGRES_USER", "postgres");
    settings.put("POSTGRES_PASSWORD", "postgres");
    settings.put("PUBLICITY_ADMIN_PASSWORD", ADMIN);
    settings.put("publicity.organization.location", "file:" + organization);
    // a job locked by a killed node is taken over after 10 s (Camunda's default is 5 minutes)
    settings.put("camunda.bpm.job-execution.lock-time-in-millis", "10000");
    settings.put("camunda.bpm.job-execution.wait-time-in-millis", "500");
    settings.put("camunda.bpm.job-execution.max-wait", "1000");
    return settings;
  }

  /** Direct access to the database, to check what was stored. */
  static final class Database implements AutoCloseable {
    final SingleConnectionDataSource dataSource;
    final JdbcTemplate jdbc;

    Database(String name) {
      dataSource = new SingleConnectionDataSource("jdbc:postgresql://localhost:" + postgresPort + "/" + name, "postgres",
          "postgres", true);
      jdbc = new JdbcTemplate(dataSource);
    }

    long count(String sql, Object... args) {
      return jdbc.queryForObject(sql, Long.class, args);
    }

    @Override
    public void close() {
      dataSource.destroy();
    }
  }
}
