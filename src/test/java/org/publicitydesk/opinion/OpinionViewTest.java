package org.publicitydesk.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/tasks/{taskId}/opinion-view}: what the forms of a public-opinion report show (R3.1: its time and
 * whether it was on time) is read when the form opens, for whoever may read the task, and the process carries none
 * of it (issue 17).
 */
@PublicityDeskTest
class OpinionViewTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RuntimeService runtime;

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void theCheckFormShowsTheReportItsTimeAndWhetherItWasOnTime() {
    String onTime = report("2026-03-02T09:10:00+08:00", "<b>路灯</b>不亮");
    String late = report("2026-03-02T09:20:00+08:00", "停车难");

    String view = view("editor-liu", openTask(onTime)).getBody();
    assertThat(view).contains("《&lt;b&gt;路灯&lt;/b&gt;不亮》").contains("2026-03-02 09:10:00")
        .contains("按时报送(09:15 前)").contains("近日居民反映").doesNotContain("<b>");
    assertThat(view("editor-liu", openTask(late)).getBody()).contains("迟报(09:15 后或非工作日),不计分");
    // the community's own informant may read its report's task; another community's and a department head may not
    assertThat(view("inf-dongfeng", openTask(onTime)).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(view("inf-xinhua", openTask(onTime)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(view("head-economy", openTask(onTime)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/tasks/" + openTask(onTime) + "/opinion-view", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // nothing of it is a process variable
    assertThat(runtime.getVariables(onTime)).doesNotContainKeys("opinionSummary", "onTime");
  }

  private String report(String at, String title) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(at).toInstant()));
    ResponseEntity<Map> started = rest.withBasicAuth("inf-dongfeng", "demo").postForEntity(
        "/engine-rest/process-definition/key/PublicOpinionReport/start", Map.of("variables", Map.of(
            "title", Map.of("value", title), "content", Map.of("value", "近日居民反映晚间路灯不亮,存在安全隐患。"))),
        Map.class);
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("id");
  }

  private ResponseEntity<String> view(String user, String task) {
    return rest.withBasicAuth(user, "demo").getForEntity("/api/tasks/" + task + "/opinion-view", String.class);
  }

  private String openTask(String instance) {
    return jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, instance);
  }
}
