package org.publicitydesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The landing page and the Tasklist filters each role sees. */
@PublicityDeskTest
class WorkspaceTest {

  @Autowired
  TestRestTemplate rest;

  @Test
  void landingPageIsChineseAndListsTheSampleLogins() {
    ResponseEntity<String> page = rest.getForEntity("/", String.class);
    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(page.getBody())
        .contains("宣传信息报送与考核", "示例街道", "/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/app/admin/")
        .contains("<code>inf-economy</code>", "<code>head-economy</code>", "<code>editor-liu</code>", "经济发展办公室")
        .doesNotContain("{{");
  }

  @Test
  void webappsServeTheChineseLocale() {
    ResponseEntity<String> zh = rest.getForEntity("/camunda/app/tasklist/locales/zh.json", String.class);
    assertThat(zh.getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(zh.getBody()).contains("认领");
  }

  @Test
  void eachRoleSeesItsFilters() {
    assertThat(filterNames("inf-economy")).containsExactly("我的待办", "本单位待办 · 经济发展办公室");
    assertThat(filterNames("head-urban")).containsExactly("我的待办", "待我审核", "本单位待办 · 城市管理办公室");
    assertThat(filterNames("sup-li")).containsExactly("我的待办", "待我审核");
    assertThat(filterNames("editor-liu")).containsExactly("我的待办", "编辑部待办", "全部待办");
    assertThat(filterNames("principal-zhang")).containsExactly("我的待办", "待我审核", "全部待办");
  }

  @Test
  void aHeadFindsItsUnitsArticleUnder待我审核() {
    // given: an article of economy waits for its head (candidate group unit-economy-head)
    ResponseEntity<Map> started = rest.withBasicAuth("inf-economy", "demo").postForEntity(
        "/engine-rest/process-definition/key/ArticleReview/start", TestArticles.restStart("economy", "ORDINARY"),
        Map.class);
    String instance = (String) started.getBody().get("id");
    // then: the filter, asked by the signed-in head's groups, lists it for economy's head only
    assertThat(reviewTasks("head-economy")).contains(instance);
    assertThat(reviewTasks("head-urban")).doesNotContain(instance);
    assertThat(reviewTasks("sup-li")).doesNotContain(instance);
  }

  private List<String> reviewTasks(String user) {
    String id = rest.withBasicAuth(user, "demo").exchange("/engine-rest/filter?name=待我审核", HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody().get(0).get("id").toString();
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest/filter/" + id + "/list", HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody().stream().map(t -> (String) t.get("processInstanceId")).toList();
  }

  private List<String> filterNames(String user) {
    List<Map<String, Object>> filters = rest.withBasicAuth(user, "demo").exchange("/engine-rest/filter", HttpMethod.GET,
        null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
    return filters.stream().map(f -> (String) f.get("name")).toList();
  }
}
