package org.publicitydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The REST guard reads a task in two steps (the task, then its candidates). When another user's completion commits
 * between them, the candidates read are none, and the guard must not answer that with a refusal (403): the caller
 * lost a race, which Camunda's answer then says (409). {@code ConcurrencyTest} meets this only now and then; here the
 * completion is made to commit exactly there.
 */
@PublicityDeskTest
class EngineCallsRaceTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  EngineAccess access;
  @Autowired
  List<ProcessInputs> inputs;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aCompletionCommittedBetweenTheTwoReadsOfATaskIsALostRaceNotARefusal() {
    // given an article waiting for the unit head
    ResponseEntity<Map> started = rest.withBasicAuth("inf-economy", "demo").postForEntity(
        "/engine-rest/process-definition/key/ArticleReview/start", TestArticles.restStart("economy", "ORDINARY"),
        Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instance = (String) started.getBody().get("id");
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    // and a guard whose read of the task's candidates comes just after the administrator's completion committed (the
    // engine then reads the task's candidates after the completion removed them: none)
    TaskService real = engine.getTaskService();
    TaskService racing = proxy(TaskService.class, real, (name, args) -> {
      if (name.equals("getIdentityLinksForTask")) {
        assertThat(rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/task/" + taskId + "/complete",
            Map.of("variables", Map.of("approved", Map.of("value", false), "comment", Map.of("value", "请补充数据"))),
            String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        return List.of();
      }
      return null;
    });
    ProcessEngine racingEngine = proxy(ProcessEngine.class, engine,
        (name, args) -> name.equals("getTaskService") ? racing : null);
    EngineCalls calls = new EngineCalls(racingEngine, access, inputs);
    List<String> headGroups = engine.getIdentityService().createGroupQuery().groupMember("head-economy").list()
        .stream().map(Group::getId).toList();
    Map<String, Object> approval = Map.of("variables",
        Map.of("approved", Map.of("value", true), "comment", Map.of("value", "同意")));

    // when the unit head's completion of the same task is judged
    EngineCalls.Verdict verdict = calls.judge(new EngineApiGuard.Caller("head-economy", headGroups), "POST",
        List.of("task", taskId, "complete"), (ObjectNode) new ObjectMapper().valueToTree(approval));

    // then it is not refused: the request goes on to Camunda, whose answer is the lost race (409)
    assertThat(verdict).isNull();
    ResponseEntity<String> late = rest.withBasicAuth("head-economy", "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/complete", approval, String.class);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).contains("该任务已被他人处理");
    // and the administrator's decision is the only one recorded for the task
    assertThat(jdbc.queryForList("select concat(s.actor, '|', s.decision) from pd_review_step s join pd_article a"
        + " on a.id = s.article_id where a.process_instance_id = ? and s.step = 'Task_ReviewByUnitHead'", String.class,
        instance)).containsExactly("admin|RETURNED");
  }

  /** A proxy that answers a call by {@code override} when it returns non-null, else by {@code target}. */
  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, java.util.function.BiFunction<String, Object[], Object> override) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
      Object answer = override.apply(method.getName(), args);
      if (answer != null) {
        return answer;
      }
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }
}
