package org.publicitydesk.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.publicitydesk.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, upgrades: articles running on the previous {@code ArticleReview} (version tag 1, which read {@code unitCode},
 * {@code routing} and {@code reviewApproved} from process variables) finish correctly after the upgrade. The previous
 * model is deployed as it shipped ({@code upgrade/ArticleReview-v1.bpmn}), instances are left in the state the previous
 * version wrote (no review state on the article, no fixed unit), then the current model is deployed and the start-up
 * upgrade runs.
 */
@PublicityDeskTest
class ReviewUpgradeTest {

  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ApplicationContext context;

  @Test
  void articlesWaitingOnThePreviousVersionFinishOnTheCurrentOne() throws Exception {
    // given the previous version, with an ORDINARY article waiting for its head and a MAJOR one its head approved
    String previous = deploy("upgrade/ArticleReview-v1.bpmn", List.of());
    String ordinary = runtime.startProcessInstanceById(previous,
        TestArticles.start("economy", "ORDINARY").putValue("initiator", "inf-economy")).getId();
    String major = runtime.startProcessInstanceById(previous,
        TestArticles.start("economy", "MAJOR").putValue("initiator", "inf-economy")).getId();
    runtime.createProcessInstanceModification(major).cancelAllForActivity("Task_ReviewByUnitHead")
        .startBeforeActivity("Task_ReviewBySupervisor").execute();
    asThePreviousVersionLeftThem(ordinary, major);

    // when the current version is deployed and the application starts
    String current = deploy("META-INF/bpm/processes/ArticleReview.bpmn", formsOfTheApplication());
    List<ApplicationRunner> upgrades = new ArrayList<>(context.getBeansOfType(ApplicationRunner.class).values()
        .stream().filter(r -> org.springframework.util.ClassUtils.getUserClass(r).getSimpleName().endsWith("Upgrade"))
        .toList());
    AnnotationAwareOrderComparator.sort(upgrades);
    for (ApplicationRunner upgrade : upgrades) {
      upgrade.run(null);
    }

    // then both run on the current version, with their unit and review state
    assertThat(runtime.createProcessInstanceQuery().processInstanceIds(java.util.Set.of(ordinary, major)).list())
        .allMatch(p -> p.getProcessDefinitionId().equals(current));
    assertThat(jdbc.queryForList("select unit_code from pd_process_unit where process_instance_id in (?, ?)",
        String.class, ordinary, major)).containsExactly("economy", "economy");
    assertThat(jdbc.queryForObject("select concat(needs_supervisor, ':', approved_level, ':', last_decision)"
        + " from pd_article where process_instance_id = ?", String.class, major)).isEqualToIgnoringCase("true:1:APPROVED");

    // and they finish by the rules: the ordinary one after its head, the major one after its supervising leader
    complete("head-economy", ordinary, Map.of("approved", true));
    assertThat(waitingAt(ordinary)).isEqualTo("Task_EditorialReview");
    String supervisorTask = task(major);
    assertThat(jdbc.queryForList("select group_id_ from act_ru_identitylink where task_id_ = ? and type_ = 'candidate'",
        String.class, supervisorTask)).containsExactly("unit-economy-supervisor");
    complete("sup-wang", major, Map.of("approved", true));
    assertThat(waitingAt(major)).isEqualTo("Task_EditorialReview");
    complete("editor-liu", major, Map.of("decision", "ACCEPT"));
    assertThat(waitingAt(major)).isEqualTo("Task_RecordAdoption");
    assertThat(jdbc.queryForObject("select status from pd_article where process_instance_id = ?", String.class, major))
        .isEqualTo("ACCEPTED");
  }

  /** No review state on the articles, no fixed unit: what the previous version stored; the head's approval recorded. */
  private void asThePreviousVersionLeftThem(String ordinary, String major) {
    for (String instance : List.of(ordinary, major)) {
      jdbc.update("update pd_article set needs_supervisor = null, needs_principal = null, approved_level = null,"
          + " last_decision = null where process_instance_id = ?", instance);
      jdbc.update("delete from pd_process_unit where process_instance_id = ?", instance);
    }
    jdbc.update("insert into pd_review_step (article_id, step, actor, decision, comment, revision, decided_at)"
        + " select id, 'Task_ReviewByUnitHead', 'head-economy', 'APPROVED', null, 1, current_timestamp"
        + " from pd_article where process_instance_id = ?", major);
  }

  private String deploy(String bpmn, List<Resource> forms) throws IOException {
    DeploymentBuilder deployment = repository.createDeployment().name("upgrade test").enableDuplicateFiltering(false);
    try (InputStream model = getClass().getClassLoader().getResourceAsStream(bpmn);
        InputStream table = getClass().getClassLoader().getResourceAsStream("META-INF/bpm/processes/ReviewRouting.dmn")) {
      deployment.addInputStream("processes/ArticleReview.bpmn",
          new java.io.ByteArrayInputStream(model.readAllBytes()));
      deployment.addInputStream("processes/ReviewRouting.dmn",
          new java.io.ByteArrayInputStream(table.readAllBytes()));
    }
    for (Resource form : forms) {
      try (InputStream in = form.getInputStream()) {
        deployment.addInputStream("forms/" + form.getFilename(),
            new java.io.ByteArrayInputStream(in.readAllBytes()));
      }
    }
    String deploymentId = deployment.deploy().getId();
    return repository.createProcessDefinitionQuery().deploymentId(deploymentId).processDefinitionKey("ArticleReview")
        .singleResult().getId();
  }

  private static List<Resource> formsOfTheApplication() throws IOException {
    return List.of(new PathMatchingResourcePatternResolver().getResources("classpath:META-INF/bpm/forms/*"));
  }

  private void complete(String user, String instance, Map<String, Object> variables) {
    String task = task(instance);
    TestUsers.as(identity, user, () -> {
      tasks.complete(task, variables);
      return null;
    });
  }

  private String task(String instance) {
    return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private String waitingAt(String instance) {
    return tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey();
  }
}
