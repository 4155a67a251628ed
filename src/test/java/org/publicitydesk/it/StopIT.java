package org.publicitydesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping the application with SIGTERM is an orderly end with exit code 0 (issue 15): {@code ./mvnw spring-boot:run}
 * stops its forked JVM that way when a Ctrl-C reached Maven alone, and reported the JVM's 143 as BUILD FAILURE.
 */
class StopIT {

  @TempDir
  Path dir;

  @Test
  void aStopBySigtermClosesEverythingAndExitsWithZero() throws Exception {
    // given the application running on H2 files
    Path log = dir.resolve("app.log");
    AppProcess app = AppProcess.start(log, Map.of("spring.datasource.url",
        "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE"), "demo");

    // when it is stopped with SIGTERM
    int exitCode = app.stop();

    // then it shut down in order and says so with exit code 0
    assertThat(exitCode).as(app.tail()).isZero();
    assertThat(Files.readString(log)).contains("Process Engine default closed", "HikariPool-1 - Shutdown completed");
  }
}
