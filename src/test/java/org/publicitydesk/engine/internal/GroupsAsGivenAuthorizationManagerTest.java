package org.publicitydesk.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine checks authorizations with a person's groups as given: the same answers as Camunda's own manager — a
 * grant to one of the groups lets the person see, a group without any authorization changes nothing, a group's
 * revoke still takes away — without Camunda's scan of the whole authorization table in every command.
 */
@PublicityDeskTest
class GroupsAsGivenAuthorizationManagerTest {

  /** MyBatis logs each statement under its mapper id; Camunda's scan is this one. */
  static final String SCAN = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.selectAuthorizedGroupIds";
  static final String CHECK = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity";

  @Autowired
  ProcessEngine engine;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;

  private final List<String> created = new java.util.ArrayList<>();

  @AfterEach
  void tearDown() {
    identity.clearAuthentication();
    created.forEach(tasks::deleteTask);
    authorizations.createAuthorizationQuery().resourceType(Resources.TASK).list().stream()
        .filter(a -> created.contains(a.getResourceId())).forEach(a -> authorizations.deleteAuthorization(a.getId()));
  }

  @Test
  void theEnginesAuthorizationManagerIsOurs() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getSessionFactories().get(AuthorizationManager.class).openSession())
        .isInstanceOf(GroupsAsGivenAuthorizationManager.class);
  }

  @Test
  void aGrantToOneOfThePersonsGroupsShowsTheTaskAndAGroupWithoutAnyAuthorizationChangesNothing() {
    // given a task granted to group g-reader only
    String task = task("pd-test-granted");
    grant(Authorization.AUTH_TYPE_GRANT, "g-reader", task);
    // then a person in g-reader (and in a group no authorization names) sees it; in the other group alone, not
    assertThat(visible("pd-reader", List.of("g-never-granted", "g-reader"))).containsExactly(task);
    assertThat(visible("pd-other", List.of("g-never-granted"))).isEmpty();
    assertThat(visible("pd-nobody", List.of())).isEmpty();
  }

  @Test
  void aRevokeToOneOfThePersonsGroupsStillTakesAwayWhatEveryoneIsGranted() {
    // given a task everyone may read, except group g-barred
    String task = task("pd-test-revoked");
    Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setUserId(Authorization.ANY);
    everyone.setResource(Resources.TASK);
    everyone.setResourceId(task);
    everyone.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyone);
    grant(Authorization.AUTH_TYPE_REVOKE, "g-barred", task);
    // then the group's revoke wins over the global grant (Camunda: a group's authorization before a global one)
    assertThat(visible("pd-reader", List.of("g-never-granted"))).containsExactly(task);
    assertThat(visible("pd-barred", List.of("g-never-granted", "g-barred"))).isEmpty();
  }

  @Test
  void aCheckDoesNotScanTheWholeAuthorizationTable() {
    // given Camunda's statements logged (MyBatis logs each under its mapper id at DEBUG)
    Logger mapper = (Logger) LoggerFactory.getLogger(CHECK);
    Level level = mapper.getLevel();
    ListAppender<ILoggingEvent> statements = new ListAppender<>();
    statements.start();
    mapper.addAppender(statements);
    mapper.setLevel(Level.DEBUG);
    try {
      // when a person with groups asks for their tasks
      visible("pd-reader", List.of("g-never-granted", "g-reader"));
    } finally {
      mapper.setLevel(level);
      mapper.detachAppender(statements);
    }
    // then the check ran (the log works) and Camunda's scan did not
    assertThat(statements.list).extracting(ILoggingEvent::getLoggerName)
        .anyMatch(name -> name.startsWith(CHECK + ".")).doesNotContain(SCAN);
  }

  private String task(String id) {
    Task task = tasks.newTask(id);
    task.setName("授权测试");
    tasks.saveTask(task);
    created.add(id);
    return id;
  }

  private void grant(int type, String group, String taskId) {
    Authorization a = authorizations.createNewAuthorization(type);
    a.setGroupId(group);
    a.setResource(Resources.TASK);
    a.setResourceId(taskId);
    if (type == Authorization.AUTH_TYPE_GRANT) {
      a.addPermission(Permissions.READ);
    } else {
      a.removePermission(Permissions.READ);
    }
    authorizations.saveAuthorization(a);
  }

  private List<String> visible(String user, List<String> groups) {
    identity.setAuthentication(user, groups);
    try {
      return tasks.createTaskQuery().taskName("授权测试").list().stream().map(Task::getId).toList();
    } finally {
      identity.clearAuthentication();
    }
  }
}
