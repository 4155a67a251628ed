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
import org.junit.jupiter.api.io.TempDir;
import org.publicitydesk.TestArticles;
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
      assertThat(second.bean(IdentityService.class).createUserQuery().count()).isEqualTo(users).isEqualTo(23);
      assertThat(second.bean(IdentityService.class).createGroupQuery().count()).isEqualTo(groups);
      assertThat(second.bean(AuthorizationService.class).createAuthorizationQuery().count()).isEqualTo(grants);
      assertThat(second.as("head-economy", "demo").getForObject("/engine-rest/task/count", Map.class))
          .containsEntry("count", 1);
    }
  }

  @Test
  void aWrongOrganisationFileStopsStartUpAndChangesNothing() throws IOException {
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

    // and nothing of the wrong file reached the database
    try (AppRun again = AppRun.start(h2Files())) {
      assertThat(again.bean(IdentityService.class).createUserQuery().userId("inf-newcomer").count()).isZero();
      assertThat(again.bean(IdentityService.class).createUserQuery().userId("inf-economy-2").count()).isEqualTo(1);
    }
  }

  private Map<String, Object> h2Files() {
    return new java.util.HashMap<>(Map.of("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE"));
  }
}
