package org.publicitydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link CleanDatabase}: what a test class leaves is gone, reference data and definitions' timers stay (issue 18). */
@PublicityDeskTest
class CleanDatabaseTest {

  private static final String TIMERS = "select count(*) from act_ru_job where handler_type_ = 'timer-start-event'";
  /** Row counts that must survive a cleaning: reference data, identity, role grants, definitions and their timers. */
  private static final List<String> KEPT = List.of(
      "select count(*) from pd_unit", "select count(*) from pd_person", "select count(*) from pd_membership",
      "select count(*) from pd_calendar_year", "select count(*) from pd_media_outlet",
      "select count(*) from act_id_user", "select count(*) from act_id_group", "select count(*) from act_id_membership",
      "select count(*) from act_ru_authorization where resource_id_ = '*'", "select count(*) from act_re_procdef",
      "select count(*) from act_ge_bytearray", "select count(*) from act_ru_filter", TIMERS);

  @Autowired
  DataSource dataSource;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;

  @Test
  void removesWhatAClassCreatedAndKeepsReferenceDataAndTheSettlementTimers() {
    // given an article approved by its unit head (article, document, record, authorizations, history, variables)
    Map<String, Long> kept = counts();
    ProcessInstance pi = start();
    String task = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    tasks.claim(task, "head-economy");
    TestUsers.as(identity, "head-economy", () -> {
      tasks.complete(task, Map.of("approved", true));
      return null;
    });
    assertThat(count("select count(*) from pd_review_step")).isEqualTo(2);
    assertThat(count("select count(*) from act_ru_authorization where resource_id_ = '" + pi.getId() + "'")).isPositive();
    // when
    CleanDatabase.clean(dataSource);
    // then nothing of it is left
    for (String table : List.of("pd_article", "pd_document", "pd_document_content", "pd_review_step", "pd_process_unit",
        "pd_notification", "pd_near_copy_document", "act_ru_execution", "act_ru_task", "act_ru_variable",
        "act_ru_identitylink where task_id_ is not null", "act_hi_procinst", "act_hi_taskinst", "act_hi_varinst",
        "act_hi_actinst")) {
      assertThat(count("select count(*) from " + table)).as(table).isZero();
    }
    assertThat(count("select count(*) from act_ru_authorization where resource_id_ in ('" + pi.getId() + "', '" + task
        + "')")).isZero();
    assertThat(counts()).isEqualTo(kept);
    assertThat(kept.get(TIMERS)).as("the three settlement timers").isEqualTo(3);
    // and the application goes on: the next article is registered and numbered after the removed one
    ProcessInstance next = start();
    assertThat(jdbc.queryForObject("select id from pd_article where process_instance_id = ?", Long.class, next.getId()))
        .isGreaterThan(0);
    assertThat(tasks.createTaskQuery().processInstanceId(next.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_ReviewByUnitHead");
  }

  private ProcessInstance start() {
    return TestUsers.as(identity, "inf-economy",
        () -> runtime.startProcessInstanceByKey("ArticleReview", TestArticles.start("economy", "ORDINARY")));
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    KEPT.forEach(sql -> counts.put(sql, count(sql)));
    return counts;
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }
}
