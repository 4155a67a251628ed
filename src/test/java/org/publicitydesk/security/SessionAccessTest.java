package org.publicitydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code /api} with the Tasklist login instead of HTTP Basic: reading always, changing only with the header
 * {@code X-Requested-With: XMLHttpRequest} (which another site's page cannot send), so cookies alone change nothing.
 */
@PublicityDeskTest
class SessionAccessTest {

  @Autowired
  TestRestTemplate rest;

  /**
   * Tasklist's login page reads the list of engines before it signs in (issue 15: with a 401 there nobody could log in
   * to Tasklist); anything else of the webapps' engine API still needs the login.
   */
  @Test
  void theLoginPageMayReadTheEngineListAndNothingElse() {
    ResponseEntity<String> engines = rest.getForEntity("/camunda/api/engine/engine/", String.class);
    assertThat(engines.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(engines.getBody()).contains("\"default\"");
    assertThat(rest.getForEntity("/camunda/api/engine/engine/default/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/camunda/api/engine/engine/?name=x", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theTasklistSessionReadsAndWritesOnlyWithTheSameSiteHeader() {
    String cookies = WebappSession.login(rest, "admin", "demo").cookies();
    HttpHeaders read = new HttpHeaders();
    read.add(HttpHeaders.COOKIE, cookies);
    assertThat(rest.exchange("/api/calendar/2048", HttpMethod.GET, new HttpEntity<>(read), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    Map<String, Object> year = Map.of("holidays", List.of("2048-10-01"), "workdays", List.of());
    HttpHeaders cookieOnly = new HttpHeaders();
    cookieOnly.add(HttpHeaders.COOKIE, cookies);
    cookieOnly.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.exchange("/api/calendar/2048", HttpMethod.PUT, new HttpEntity<>(year, cookieOnly), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    HttpHeaders sameSite = new HttpHeaders();
    sameSite.addAll(cookieOnly);
    sameSite.add("X-Requested-With", "XMLHttpRequest");
    ResponseEntity<Map> saved = rest.exchange("/api/calendar/2048", HttpMethod.PUT, new HttpEntity<>(year, sameSite),
        Map.class);
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<String>) saved.getBody().get("holidays")).containsExactly("2048-10-01");
  }
}
