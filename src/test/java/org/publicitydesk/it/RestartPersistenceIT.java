package org.publicitydesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.publicitydesk.TestArticles;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;

/**
 * The default run keeps everything in H2 files: stop and start again and every instance, task and identity is
 * still there, and loading the organisation again adds nothing twice. A wrong organisation file stops start-up.
 */
class RestartPersistenceIT {

  @TempDir
  Path dir;

  @Test
  void instancesTasksAndIdentitiesSurviveARestartAndNothingIsAddedTwice() {
    String instanceId;
    long users;
    long groups;
    long grants;
    // given a first run that starts a process
    try (AppRun first = AppRun.start(h2Files())) {
      first.bean(IdentityService.class).setAuthentication("inf-economy", List.of("staff", "informants", "unit-economy"));
      instanceId = first.bean(RuntimeService.class).startProcessInstanceByKey("ArticleReview",
          TestArticles.start("economy", "ORDINARY")).getId();
      first.bean(IdentityService.class).clearAuthentication();
      users = first.bean(IdentityService.class).createUserQuery().count();
      groups = first.bean(IdentityService.class).createGroupQuery().count();
      grants = first.bean(AuthorizationService.class).createAuthorizationQuery().count();
    }
    // when it is stopped and started again
    try (AppRun second = AppRun.start(h2Files())) {
      // then
      assertThat(second.bean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(instanceId).count())
          .isEqualTo(1);
      assertThat(second.bean(TaskService.class).createTaskQuery().processInstanceId(instanceId).singleResult().getName())
          .isEqualTo("单位负责人审核");
      // the 22 people of the sample organisation and the administrator
      assertThat(second.bean(IdentityService.class).createUserQuery().count()).isEqualTo(users).isEqualTo(23);
      assertThat(second.bean(IdentityService.class).createGroupQuery().count()).isEqualTo(groups);
      assertThat(second.bean(AuthorizationService.class).createAuthorizationQuery().count()).isEqualTo(grants);
      assertThat(second.as("head-economy", "demo").getForObject("/engine-rest/task/count", Map.class))
          .containsEntry("count", 1);
    }
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aWrongOrganisationFileStopsStartUpAndChangesNothing(CapturedOutput output) throws IOException {
    // given a database loaded with the sample organisation
    try (AppRun first = AppRun.start(h2Files())) {
      assertThat(first.bean(IdentityService.class).createUserQuery().userId("inf-economy").count()).isEqualTo(1);
    }
    String sample = new ClassPathResource("organization/sample-organization.yaml").getContentAsString(StandardCharsets.UTF_8);
    Path wrong = dir.resolve("organization.yaml");
    Files.writeString(wrong, sample.replaceFirst(Pattern.quote("supervisor: sup-li}"), "supervisor: sup-zhou}")
        .replace("inf-economy-2,   name: 蒋浩然", "inf-newcomer,    name: 新人"));
    Map<String, Object> properties = h2Files();
    properties.put("publicity.organization.location", "file:" + wrong);

    // when / then: start-up fails and names the line and the fault
    assertThatThrownBy(() -> AppRun.start(properties).close())
        .hasStackTraceContaining("第 20 行")
        .hasStackTraceContaining("sup-zhou")
        .hasStackTraceContaining("unknown supervising leader");
    // and says so as a refusal with what to do, not as a stack trace that looks like a broken build
    String printed = output.getAll();
    assertThat(printed).contains("APPLICATION FAILED TO START", "第 20 行", "改正后重新启动")
        .doesNotContain("Application run failed");
    assertThat(printed.lines().filter(l -> l.startsWith("\tat "))).as(printed).isEmpty();

    // and nothing of the wrong file reached the database
    try (AppRun again = AppRun.start(h2Files())) {
      assertThat(again.bean(IdentityService.class).createUserQuery().userId("inf-newcomer").count()).isZero();
      assertThat(again.bean(IdentityService.class).createUserQuery().userId("inf-economy-2").count()).isEqualTo(1);
    }
  }

  @Test
  void untilTheOrganisationIsLoadedEveryRequestIsAnswered503WithRetryAfter() throws Exception {
    // given a fresh database; when a request arrives the moment the web server has started
    List<java.net.http.HttpResponse<String>> early = new java.util.ArrayList<>();
    org.springframework.context.ApplicationListener<org.springframework.boot.web.context.WebServerInitializedEvent> atStart =
        e -> early.add(units(e.getWebServer().getPort()));
    String[] args = {"--server.port=0", "--camunda.bpm.job-execution.enabled=false",
        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("fresh") + ";DB_CLOSE_ON_EXIT=FALSE"};
    try (var app = new org.springframework.boot.builder.SpringApplicationBuilder(
        org.publicitydesk.PublicityDeskApplication.class).listeners(atStart).run(args)) {
      // then it is told to come back (before: 401 for every person, or units without informants)
      assertThat(early).singleElement().satisfies(r -> {
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(r.body()).contains("组织机构尚未加载完毕");
      });
      // and once started, the same request sees the whole organisation
      java.net.http.HttpResponse<String> later = units(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
      assertThat(later.statusCode()).isEqualTo(200);
      assertThat(later.body()).contains("inf-economy-2", "inf-yingbin");
    }
  }

  private static java.net.http.HttpResponse<String> units(int port) {
    try {
      return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create("http://localhost:" + port + "/api/units")).header("Authorization", "Basic "
          + java.util.Base64.getEncoder().encodeToString("inf-economy:demo".getBytes(StandardCharsets.UTF_8))).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> h2Files() {
    return new java.util.HashMap<>(Map.of("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE"));
  }
}
