package org.publicitydesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read endpoints behind the portal's 待我审批 and 代理设置 (issue 16) and a head's unit articles (issue 15):
 * {@code /api/me/tasks}, the people one may copy to or name as deputy (the same rules the operations check), an
 * administrator's overview of deputies, {@code /api/articles?unitCode=}.
 */
@PublicityDeskTest
class DeskReadApiTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void myTasksShowsWhatIsOfferedMineAndDelegatedWithTheArticlesFacts() {
    String instance = start("MAJOR");
    String task = task(instance);
    String number = jdbc.queryForObject("select number from pd_article where process_instance_id = ?", String.class,
        instance);
    // offered to both heads of economy, nobody's yet; never to the head of another unit or to the informant
    Map<String, Object> offered = mine("head-economy", task);
    assertThat(offered).containsEntry("articleNumber", number).containsEntry("unitName", "经济发展办公室")
        .containsEntry("taskName", "单位负责人审核").containsEntry("itemClass", "MAJOR")
        .containsEntry("itemClassLabel", "重大活动、特色工作、品牌建设").containsEntry("route", "单位负责人审核后,再由分管领导审核")
        .containsEntry("state", "OFFERED").containsEntry("stateLabel", "待认领").containsEntry("informant", "inf-economy");
    assertThat(offered.get("since")).isNotNull();
    assertThat(mine("head-economy-2", task)).containsEntry("state", "OFFERED");
    assertThat(mine("head-urban", task)).isNull();
    assertThat(mine("inf-economy", task)).isNull();
    assertThat(mine("sup-wang", task)).isNull();

    // 委派: the delegate answers; the owner waits for the opinion
    assertThat(rest.withBasicAuth("head-economy", "demo").postForEntity("/api/tasks/" + task + "/delegate",
        Map.of("to", "head-economy-2", "comment", "请先看"), String.class).getStatusCode().value()).isEqualTo(204);
    assertThat(mine("head-economy", task)).containsEntry("state", "DELEGATED_BY_ME")
        .containsEntry("stateLabel", "已委派 陆明远 审阅,等待意见").containsEntry("assignee", "head-economy-2");
    assertThat(mine("head-economy-2", task)).containsEntry("state", "DELEGATED_TO_ME")
        .containsEntry("stateLabel", "钱伟 请您先审阅,回复意见后交还").containsEntry("ownerName", "钱伟");
    rest.withBasicAuth("head-economy-2", "demo").postForEntity("/api/tasks/" + task + "/resolve",
        Map.of("comment", "无误"), String.class);
    assertThat(mine("head-economy", task)).containsEntry("state", "MINE").containsEntry("stateLabel", "由我办理");
    assertThat(mine("head-economy-2", task)).isNull();
  }

  @Test
  void copyCandidatesAreThoseWhoMayReadTheUnitAnyway() {
    String task = task(start("ORDINARY"));
    ResponseEntity<List> people = rest.withBasicAuth("head-economy", "demo").getForEntity(
        "/api/tasks/" + task + "/copy-candidates", List.class);
    assertThat(people.getStatusCode().value()).isEqualTo(200);
    List<Object> ids = ((List<Map<String, Object>>) people.getBody()).stream().map(p -> p.get("id")).toList();
    assertThat(ids).contains("head-economy-2", "inf-economy", "inf-economy-2", "sup-wang", "principal-zhang",
        "editor-liu").doesNotContain("head-economy", "head-urban", "sup-li", "inf-urban");
    assertThat((List<Map<String, Object>>) people.getBody()).contains(Map.of("id", "sup-wang", "name", "王海涛"));
    // only who works on the task may ask
    assertThat(rest.withBasicAuth("head-urban", "demo").getForEntity("/api/tasks/" + task + "/copy-candidates",
        String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(rest.withBasicAuth("head-economy", "demo").getForEntity("/api/tasks/no-such-task/copy-candidates",
        String.class).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void deputyCandidatesFollowTheDeputyRules() {
    assertThat(ids("principal-zhang", "/api/me/deputy-candidates")).containsExactlyInAnyOrder("sup-wang", "sup-li");
    assertThat(ids("head-economy", "/api/me/deputy-candidates")).containsExactlyInAnyOrder("head-economy-2", "sup-wang");
    assertThat(ids("head-urban", "/api/me/deputy-candidates")).containsExactlyInAnyOrder("sup-li");
    assertThat(ids("inf-economy", "/api/me/deputy-candidates")).isEmpty();
    assertThat(ids("admin", "/api/users/head-urban/deputy-candidates")).containsExactlyInAnyOrder("sup-li");
    assertThat(rest.withBasicAuth("head-economy", "demo").getForEntity("/api/users/head-urban/deputy-candidates",
        String.class).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> nobody = rest.withBasicAuth("admin", "demo").getForEntity(
        "/api/users/nobody-here/deputy-candidates", String.class);
    assertThat(nobody.getStatusCode().value()).isEqualTo(400);
    assertThat(nobody.getBody()).contains("没有 nobody-here 这个人");
  }

  @Test
  void anAdministratorSeesSetsAndCancelsTheDeputyOfSomeoneAway() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    assertThat(rest.withBasicAuth("admin", "demo").exchange("/api/users/head-urban/deputy", HttpMethod.PUT,
        new HttpEntity<>(Map.of("deputy", "sup-li", "from", today.toString(), "until", today.plusDays(2).toString())),
        String.class).getStatusCode().value()).isEqualTo(200);
    try {
      Map<String, Object> urban = absence("head-urban");
      assertThat(urban).containsEntry("name", "孙立新").containsEntry("deputy", "sup-li")
          .containsEntry("deputyName", "李红梅").containsEntry("from", today.toString())
          .containsEntry("until", today.plusDays(2).toString());
      assertThat(absence("head-social")).containsEntry("deputy", null);
      assertThat(absence("inf-economy")).isNull();
      assertThat(rest.withBasicAuth("head-urban", "demo").getForEntity("/api/deputies", String.class)
          .getStatusCode().value()).isEqualTo(403);
      assertThat(rest.withBasicAuth("head-urban", "demo").exchange("/api/users/head-urban/deputy", HttpMethod.DELETE,
          null, String.class).getStatusCode().value()).isEqualTo(403);
      assertThat(absence("head-urban")).containsEntry("deputy", "sup-li");
    } finally {
      assertThat(rest.withBasicAuth("admin", "demo").exchange("/api/users/head-urban/deputy", HttpMethod.DELETE, null,
          String.class).getStatusCode().value()).isEqualTo(204);
    }
    assertThat(absence("head-urban")).containsEntry("deputy", null);
  }

  @Test
  void aHeadListsTheUnitsArticlesAndNobodyElsesUnit() {
    String instance = start("ORDINARY");
    String number = jdbc.queryForObject("select number from pd_article where process_instance_id = ?", String.class,
        instance);
    for (String reader : List.of("head-economy", "sup-wang", "editor-liu", "principal-zhang")) {
      ResponseEntity<List> list = rest.withBasicAuth(reader, "demo").getForEntity("/api/articles?unitCode=economy",
          List.class);
      assertThat(list.getStatusCode().value()).as(reader).isEqualTo(200);
      assertThat(((List<Map<String, Object>>) list.getBody()).stream().map(a -> a.get("number")).toList())
          .as(reader).contains(number);
    }
    ResponseEntity<String> other = rest.withBasicAuth("head-urban", "demo").getForEntity("/api/articles?unitCode=economy",
        String.class);
    assertThat(other.getStatusCode().value()).isEqualTo(403);
    assertThat(other.getBody()).contains("您无权查看该单位的稿件").doesNotContain(number);
    assertThat(rest.withBasicAuth("sup-li", "demo").getForEntity("/api/articles?unitCode=economy", String.class)
        .getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> unknown = rest.withBasicAuth("head-economy", "demo").getForEntity(
        "/api/articles?unitCode=nowhere", String.class);
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(unknown.getBody()).contains("没有单位 nowhere");
  }

  private Map<String, Object> mine(String user, String taskId) {
    ResponseEntity<List> list = rest.withBasicAuth(user, "demo").getForEntity("/api/me/tasks", List.class);
    assertThat(list.getStatusCode().value()).isEqualTo(200);
    return ((List<Map<String, Object>>) list.getBody()).stream().filter(t -> taskId.equals(t.get("taskId")))
        .findFirst().orElse(null);
  }

  private Map<String, Object> absence(String userId) {
    ResponseEntity<List> list = rest.withBasicAuth("admin", "demo").getForEntity("/api/deputies", List.class);
    assertThat(list.getStatusCode().value()).isEqualTo(200);
    return ((List<Map<String, Object>>) list.getBody()).stream().filter(t -> userId.equals(t.get("userId")))
        .findFirst().orElse(null);
  }

  private List<Object> ids(String user, String path) {
    ResponseEntity<List> list = rest.withBasicAuth(user, "demo").getForEntity(path, List.class);
    assertThat(list.getStatusCode().value()).as(user + " " + path).isEqualTo(200);
    return ((List<Map<String, Object>>) list.getBody()).stream().map(p -> p.get("id")).toList();
  }

  private String start(String itemClass) {
    ResponseEntity<Map> started = rest.withBasicAuth("inf-economy", "demo").postForEntity(
        "/engine-rest/process-definition/key/ArticleReview/start", TestArticles.restStart("economy", itemClass),
        Map.class);
    assertThat(started.getStatusCode().is2xxSuccessful()).as(String.valueOf(started.getBody())).isTrue();
    return (String) started.getBody().get("id");
  }

  private String task(String instance) {
    return jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, instance);
  }
}
