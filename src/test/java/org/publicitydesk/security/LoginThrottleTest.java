package org.publicitydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wrong passwords slow guessing down (each locks the account for a few seconds, at most a minute) but never lock
 * it for good: after many more wrong passwords than Camunda's default permanent limit (10), the right password works
 * again once the last delay has passed, and resets the count. Time is moved with Camunda's clock, not slept.
 */
@PublicityDeskTest
class LoginThrottleTest {

  private static final String USER = "throttle-test-user";
  private static final String PASSWORD = "Zhanghao#2027";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;

  long now;

  @BeforeEach
  void anAccount() {
    User user = identity.newUser(USER);
    user.setFirstName("测试");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    now = System.currentTimeMillis();
    ClockUtil.setCurrentTime(new Date(now));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    identity.deleteUser(USER);
  }

  @Test
  void manyWrongPasswordsDelayTheAccountButNeverLockItForGood() {
    // given: 25 wrong passwords, each after the previous delay has passed (so each one counts)
    for (int i = 0; i < 25; i++) {
      later(61);
      assertThat(status(PASSWORD + "x")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(jdbc.queryForObject("select attempts_ from act_id_user where id_ = ?", Integer.class, USER))
        .isEqualTo(25);

    // then: the lock lasts at most a minute
    Timestamp lockedUntil = jdbc.queryForObject("select lock_exp_time_ from act_id_user where id_ = ?",
        Timestamp.class, USER);
    assertThat(lockedUntil.getTime() - ClockUtil.getCurrentTime().getTime()).isBetween(1_000L, 60_000L);
    // while it lasts even the right password waits
    assertThat(status(PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);

    // when the delay has passed, the right password works and resets the count
    later(61);
    assertThat(status(PASSWORD)).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject("select attempts_ from act_id_user where id_ = ?", Integer.class, USER)).isZero();
  }

  @Test
  void theFirstDelaysAreShort() {
    assertThat(status("wrong")).isEqualTo(HttpStatus.UNAUTHORIZED);
    later(2);
    assertThat(status(PASSWORD)).isEqualTo(HttpStatus.OK);
  }

  private void later(int seconds) {
    now += seconds * 1000L;
    ClockUtil.setCurrentTime(new Date(now));
  }

  private HttpStatus status(String password) {
    return HttpStatus.valueOf(rest.withBasicAuth(USER, password).getForEntity("/engine-rest/task/count", String.class)
        .getStatusCode().value());
  }
}
