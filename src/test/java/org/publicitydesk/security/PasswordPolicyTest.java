package org.publicitydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
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
    HttpHeaders headers = WebappSession.login(rest, "admin", "demo", "admin").headers();
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
}
