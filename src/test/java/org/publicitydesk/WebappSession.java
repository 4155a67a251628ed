package org.publicitydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A browser's session in the Camunda webapps: logged in through Tasklist's login form, with the CSRF token that the
 * webapps' API asks for on every change ({@code X-XSRF-TOKEN}). The engine API then answers under
 * {@code /camunda/api/engine/engine/default/…}, exactly as Tasklist and Cockpit call it.
 */
public record WebappSession(String cookies, String csrfToken) {

  public static WebappSession login(TestRestTemplate rest, String user, String password) {
    return login(rest, user, password, "tasklist");
  }

  /** Logs in through the login page of a webapp ({@code tasklist}, {@code admin}, {@code cockpit}). */
  public static WebappSession login(TestRestTemplate rest, String user, String password, String app) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/", String.class);
    List<String> setCookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
    String xsrf = setCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
        .split(";")[0].substring("XSRF-TOKEN=".length());
    String session = setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow()
        .split(";")[0];
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, session + "; XSRF-TOKEN=" + xsrf);
    headers.add("X-XSRF-TOKEN", xsrf);
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/" + app,
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as("login of " + user).isEqualTo(HttpStatus.OK);
    List<String> renewed = login.getHeaders().get(HttpHeaders.SET_COOKIE);
    String current = renewed == null ? session : renewed.stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().map(c -> c.split(";")[0]).orElse(session);
    // the token of the renewed session, as the webapps fetch it
    HttpHeaders fetch = new HttpHeaders();
    fetch.add(HttpHeaders.COOKIE, current);
    fetch.add("X-XSRF-TOKEN", "Fetch");
    ResponseEntity<String> engines = rest.exchange("/camunda/api/engine/engine/", HttpMethod.GET,
        new HttpEntity<>(fetch), String.class);
    String token = engines.getHeaders().getFirst("X-XSRF-TOKEN");
    return new WebappSession(current + "; XSRF-TOKEN=" + (token == null ? xsrf : token), token == null ? xsrf : token);
  }

  /** Headers of a call in this session: the cookies and, for a change, the CSRF token. */
  public HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookies);
    headers.add("X-XSRF-TOKEN", csrfToken);
    return headers;
  }
}
