package org.publicitydesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal ({@code /portal/}) and, per sample role, the APIs it reads: what each person sees and what the server
 * refuses. The page only arranges what these APIs return, so these are the page's visibility tests.
 */
@PublicityDeskTest
class PortalTest {

  private static final List<String> ALL = List.of("office", "economy", "urban", "social", "dongfeng", "heping",
      "xinhua", "yingbin");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void thePortalIsServedAndLinkedFromTheLandingPage() {
    ResponseEntity<String> page = rest.getForEntity("/portal/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("宣传信息工作台", "portal.js", "name=\"viewport\"");
    assertThat(rest.getForEntity("/portal/portal.js", String.class).getBody())
        .contains("processStart=ArticleReview", "processStart=PublicOpinionReport", "/api/reports/circular",
            "/api/meetings", "/api/me/copied", "我参加的例会与培训", "抄送我的");
    assertThat(rest.getForEntity("/portal/portal.css", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/", String.class).getBody()).contains("href=\"/portal/\"");
  }

  @Test
  void thePortalLearnsTheWebappsCsrfTokenOfItsOwnSessionOnly() {
    // no session: no token
    assertThat(rest.getForObject("/portal/csrf-token", Map.class)).containsEntry("token", null);
    // the webapps hand out the token on a session's first request; the portal reads the same one later
    ResponseEntity<String> first = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
    String token = first.getHeaders().getFirst("X-XSRF-TOKEN");
    String session = first.getHeaders().get(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().orElseThrow().split(";")[0];
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, session);
    ResponseEntity<Map> answer = rest.exchange("/portal/csrf-token", HttpMethod.GET, new HttpEntity<>(headers), Map.class);
    assertThat(token).isNotBlank();
    assertThat(answer.getBody()).containsEntry("token", token);
    assertThat(answer.getHeaders().getCacheControl()).contains("no-store");
  }

  @Test
  void anInformantSeesOnlyItsOwnUnitAndItsOwnArticlesWithWhereTheyWait() {
    // given an article of 经济发展办公室 waiting for its unit head
    ResponseEntity<Map> started = rest.withBasicAuth("inf-economy", "demo").postForEntity(
        "/engine-rest/process-definition/key/ArticleReview/start", TestArticles.restStart("economy", "ORDINARY"),
        Map.class);
    String number = jdbc.queryForObject("select number from pd_article where process_instance_id = ?", String.class,
        started.getBody().get("id"));

    // then its informant sees where it is, and the unit's figures only
    Map<String, Object> article = rest.withBasicAuth("inf-economy", "demo").getForObject("/api/articles/" + number,
        Map.class);
    assertThat((List<String>) article.get("waitingAt")).containsExactly("单位负责人审核");
    assertThat(list("inf-economy", "/api/articles/mine")).extracting(a -> a.get("informant")).containsOnly("inf-economy");
    assertThat(list("inf-economy", "/api/progress")).extracting(u -> u.get("unitCode")).containsExactly("economy");
    assertThat(status("inf-economy", "/api/ledger?unitCode=economy&year=2026")).isEqualTo(HttpStatus.OK);
    assertThat(status("inf-economy", "/api/ledger?unitCode=dongfeng&year=2026")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("inf-economy", "/api/progress?unitCode=dongfeng")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("inf-economy", "/api/reports/circular?year=2026&quarter=1")).isEqualTo(HttpStatus.FORBIDDEN);
    // another unit's informant cannot open the article
    assertThat(status("inf-dongfeng", "/api/articles/" + number)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(list("inf-dongfeng", "/api/articles/mine")).extracting(a -> a.get("number")).doesNotContain(number);
    Map<String, Object> me = rest.withBasicAuth("inf-dongfeng", "demo").getForObject("/api/me", Map.class);
    assertThat((List<Map<String, Object>>) me.get("informantOf")).singleElement()
        .satisfies(u -> assertThat(u).containsEntry("code", "dongfeng").containsEntry("kind", "COMMUNITY"));
  }

  @Test
  void aUnitHeadSeesItsUnit() {
    assertThat(list("head-urban", "/api/progress")).extracting(u -> u.get("unitCode")).containsExactly("urban");
    assertThat(status("head-urban", "/api/ledger?unitCode=urban&year=2026")).isEqualTo(HttpStatus.OK);
    assertThat(status("head-urban", "/api/ledger?unitCode=social&year=2026")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("head-urban", "/api/reports/annual?year=2026")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aSupervisingLeaderSeesOnlyTheUnitsItSupervises() {
    assertThat(list("sup-wang", "/api/progress")).extracting(u -> u.get("unitCode"))
        .containsExactlyInAnyOrder("office", "economy", "dongfeng", "heping");
    assertThat(list("sup-li", "/api/progress")).extracting(u -> u.get("unitCode"))
        .containsExactlyInAnyOrder("urban", "social", "xinhua", "yingbin");
    assertThat(status("sup-wang", "/api/ledger?unitCode=heping&year=2026")).isEqualTo(HttpStatus.OK);
    assertThat(status("sup-wang", "/api/ledger?unitCode=xinhua&year=2026")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("sup-li", "/api/ledger?unitCode=economy&year=2026")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theEditorialOfficeAndThePrincipalLeaderSeeEveryUnitAndTheReports() {
    for (String user : List.of("editor-liu", "principal-zhang")) {
      assertThat(list(user, "/api/progress")).extracting(u -> u.get("unitCode")).containsExactlyInAnyOrderElementsOf(ALL);
      assertThat(status(user, "/api/ledger?unitCode=yingbin&year=2026")).isEqualTo(HttpStatus.OK);
      assertThat(status(user, "/api/reports/circular?year=2049&quarter=2&format=xlsx")).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void theRankingIsPublicLikeThePublishedCircular() {
    // decision: points and ranks of every unit are published in the circular, so every member of staff may read them
    for (String user : List.of("inf-xinhua", "head-social", "sup-wang")) {
      assertThat(list(user, "/api/scores?year=2026")).extracting(s -> s.get("unitCode"))
          .containsExactlyInAnyOrderElementsOf(ALL);
    }
  }

  private List<Map<String, Object>> list(String user, String url) {
    ResponseEntity<List<Map<String, Object>>> r = rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {
        });
    assertThat(r.getStatusCode()).as(user + " " + url).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  private HttpStatus status(String user, String url) {
    return HttpStatus.valueOf(rest.withBasicAuth(user, "demo").getForEntity(url, byte[].class).getStatusCode().value());
  }
}
