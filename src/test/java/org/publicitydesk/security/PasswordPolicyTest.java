package org.publicitydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Every password a person sets or an administrator gives meets the password rules (8 characters, 3 kinds, none of
 * the account's data), refused otherwise with a Chinese 400 that names what is missing and nothing changed — on
 * {@code /engine-rest} and in Admin ({@code /camunda/api/engine}); the sample accounts keep {@code demo}.
 */
@PublicityDeskTest
class PasswordPolicyTest {

  private static final String USER = "pw-test-user";
  private static final String STRONG = "Xuanchuan#2027";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identity;

  @AfterEach
  void removeTheTestUser() {
    identity.deleteUser(USER);
  }

  @Test
  void aNewAccountNeedsAPasswordThatMeetsTheRules() {
    ResponseEntity<String> one = create("1");
    assertThat(one.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(one.getBody()).contains("不符合密码规则").contains("至少需要 8 个字符").contains("至少 3 类");
    ResponseEntity<String> letters = create("abcdefgh");
    assertThat(letters.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(letters.getBody()).contains("至少 3 类").doesNotContain("8 个字符");
    assertThat(identity.createUserQuery().userId(USER).count()).as("no account created").isZero();

    assertThat(create(STRONG).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(loginStatus(USER, STRONG)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aChangedPasswordMeetsTheRulesAndAWeakOneChangesNothing() {
    assertThat(create(STRONG).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<String> weak = rest.withBasicAuth(USER, STRONG).exchange("/engine-rest/user/" + USER + "/credentials",
        HttpMethod.PUT, new HttpEntity<>(Map.of("password", "1", "authenticatedUserPassword", STRONG)), String.class);

    assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weak.getBody()).contains("至少需要 8 个字符");
    assertThat(loginStatus(USER, "1")).isEqualTo(HttpStatus.UNAUTHORIZED);
    identity.unlockUser(USER); // (the wrong password above delays the next login)
    assertThat(loginStatus(USER, STRONG)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void adminRefusesAWeakPasswordInChinese() {
    assertThat(create(STRONG).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String[] session = login("admin");
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, session[0]);
    headers.add("X-XSRF-TOKEN", session[1]);
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> weak = rest.exchange("/camunda/api/engine/engine/default/user/" + USER + "/credentials",
        HttpMethod.PUT, new HttpEntity<>(Map.of("password", "password", "authenticatedUserPassword", "demo"), headers),
        String.class);

    assertThat(weak.getStatusCode()).as(weak.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weak.getBody()).contains("至少 3 类");
    assertThat(loginStatus(USER, STRONG)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theRulesArePublishedForAdminsPasswordHints() {
    String policy = rest.withBasicAuth("admin", "demo").getForObject("/engine-rest/identity/password-policy",
        String.class);
    assertThat(policy).contains("PASSWORD_POLICY_LENGTH").contains("\"minLength\":\"8\"")
        .contains("PASSWORD_POLICY_CHARACTER_CLASSES").contains("PASSWORD_POLICY_USER_DATA");
  }

  @Test
  void theSampleAccountsKeepDemo() {
    assertThat(loginStatus("inf-economy", "demo")).isEqualTo(HttpStatus.OK);
    assertThat(loginStatus("admin", "demo")).isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<String> create(String password) {
    Map<String, Object> body = Map.of("profile", Map.of("id", USER, "firstName", "测试", "lastName", "用户",
        "email", "pw-test@localhost"), "credentials", Map.of("password", password));
    return rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/user/create", body, String.class);
  }

  private HttpStatus loginStatus(String user, String password) {
    return HttpStatus.valueOf(rest.withBasicAuth(user, password).getForEntity("/engine-rest/task/count", String.class)
        .getStatusCode().value());
  }

  /** Logs in to Admin like its login page; the session cookie and the CSRF token. */
  private String[] login(String user) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/admin/", String.class);
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
    form.add("password", "demo");
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/admin",
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> renewed = login.getHeaders().get(HttpHeaders.SET_COOKIE);
    String current = renewed == null ? session : renewed.stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().map(c -> c.split(";")[0]).orElse(session);
    // a write needs the token of the new session: a GET with "X-XSRF-TOKEN: Fetch" answers it
    HttpHeaders fetch = new HttpHeaders();
    fetch.add(HttpHeaders.COOKIE, current);
    fetch.add("X-XSRF-TOKEN", "Fetch");
    String token = rest.exchange("/camunda/api/engine/engine/default/user/count", HttpMethod.GET,
        new HttpEntity<>(fetch), String.class).getHeaders().getFirst("X-XSRF-TOKEN");
    return new String[] {current + "; XSRF-TOKEN=" + token, token};
  }
}
