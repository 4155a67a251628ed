package org.publicitydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Security headers on the application's own pages and APIs (CSP without inline script, no framing, no sniffing, no
 * referrer to other sites), Camunda's webapps keep theirs; the pages carry no inline script or style that the policy
 * would block; the API documentation needs a login.
 */
@PublicityDeskTest
class BrowserProtectionTest {

  @Autowired
  TestRestTemplate rest;

  @Test
  void ourPagesAndApisCarryTheSecurityHeaders() {
    for (String path : List.of("/", "/portal/", "/portal/portal.js", "/admin/calendar.html", "/workspace/landing.css")) {
      ResponseEntity<String> page = rest.getForEntity(path, String.class);
      assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertProtected(path, page.getHeaders());
    }
    assertProtected("/api/units", rest.withBasicAuth("inf-economy", "demo").getForEntity("/api/units", String.class)
        .getHeaders());
    assertProtected("/api (401)", rest.getForEntity("/api/units", String.class).getHeaders());
    assertProtected("/engine-rest", rest.withBasicAuth("inf-economy", "demo").getForEntity("/engine-rest/task",
        String.class).getHeaders());
  }

  @Test
  void ourPagesHaveNoInlineScriptOrStyleThatThePolicyBlocks() {
    for (String path : List.of("/", "/portal/", "/admin/calendar.html")) {
      String html = rest.getForObject(path, String.class);
      assertThat(html).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
          .doesNotContain("<style").doesNotContainPattern("\\sstyle=\"").doesNotContainPattern("\\son[a-z]+=\"");
    }
  }

  @Test
  void camundasWebappsKeepTheirOwnHeaders() {
    HttpHeaders headers = rest.getForEntity("/camunda/app/tasklist/", String.class).getHeaders();
    // Camunda's HttpHeaderSecurityFilter: its own policy (Tasklist needs its inline scripts), not ours
    assertThat(headers.getFirst("Content-Security-Policy")).isNotNull().isNotEqualTo(SecurityHeaders.POLICY);
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void theApiDocumentationNeedsALogin() {
    for (String path : List.of("/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html",
        "/swagger-ui/index.html")) {
      ResponseEntity<String> anonymous = rest.getForEntity(path, String.class);
      assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(String.valueOf(anonymous.getBody())).as(path).doesNotContain("openapi").doesNotContain("Swagger");
      assertThat(rest.withBasicAuth("nobody-at-all", "wrong-password").getForEntity(path, String.class).getStatusCode())
          .as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    ResponseEntity<String> docs = rest.withBasicAuth("admin", "demo").getForEntity("/v3/api-docs", String.class);
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docs.getBody()).contains("\"openapi\"").contains("/api/units");
    ResponseEntity<String> ui = rest.withBasicAuth("admin", "demo").getForEntity("/swagger-ui/index.html", String.class);
    assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ui.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(SecurityHeaders.API_DOCS_POLICY);
  }

  private static void assertProtected(String what, HttpHeaders headers) {
    assertThat(headers.getFirst("Content-Security-Policy")).as(what).isEqualTo(SecurityHeaders.POLICY)
        .contains("script-src 'self';").contains("frame-ancestors 'none'");
    assertThat(headers.getFirst("X-Frame-Options")).as(what).isEqualTo("DENY");
    assertThat(headers.getFirst("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
    assertThat(headers.getFirst("Referrer-Policy")).as(what).isEqualTo("same-origin");
  }
}
