package org.publicitydesk.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.publicitydesk.PublicityDeskApplication;

/**
 * The whole application as a separate JVM (the test's own classpath), so that a test can kill it with SIGKILL the
 * way a power cut would, and start it again. Its console goes to a log file next to the test's data.
 */
final class AppProcess implements AutoCloseable {

  final int port;
  private final Process process;
  private final Path log;

  private AppProcess(int port, Process process, Path log) {
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Starts the application with these settings (command-line arguments) and waits until it answers. */
  static AppProcess start(Path log, Map<String, String> settings, String adminPassword) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx400m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), PublicityDeskApplication.class.getName(),
        "--server.port=" + port));
    settings.forEach((key, value) -> command.add("--" + key + "=" + value));
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    AppProcess app = new AppProcess(port, process, log);
    app.awaitReady(adminPassword);
    return app;
  }

  private void awaitReady(String adminPassword) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application stopped at start-up:\n" + tail());
      }
      // answering is not enough: the organisation file is loaded after the web server starts (ApplicationRunner),
      // and its people can log in only then
      Answer users = request("GET", "/engine-rest/user/count", "admin", adminPassword, null);
      if (users.status() == 200 && !users.body().contains("\"count\":1}") && !users.body().contains("\"count\":0}")) {
        return;
      }
      sleep(1000);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the application did not answer within 300 s:\n" + tail());
  }

  /** SIGKILL: no shutdown hook, no flush, no goodbye — like pulling the plug. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, as a service manager or {@code spring-boot:run} stops it; the JVM's exit code (-1 if still running). */
  int stop() throws InterruptedException {
    process.destroy();
    return process.waitFor(120, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  boolean alive() {
    return process.isAlive();
  }

  record Answer(int status, String body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  /** One HTTP call with Basic authentication; status -1 when the application could not be reached. */
  Answer request(String method, String path, String user, String password, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response = CLIENT.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String body = response.body();
      return new Answer(response.statusCode(), body == null || body.isEmpty()
          ? "(empty answer to " + user + ": " + method + " " + path + ")" : body);
    } catch (IOException e) {
      return new Answer(-1, String.valueOf(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, "interrupted");
    }
  }

  String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
