package org.publicitydesk.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/** The password rules alone: length, three kinds of characters, none of the account's data; the file's check. */
class PasswordRulesTest {

  private final PasswordRules rules = new PasswordRules();

  @Test
  void namesWhatAPasswordLacks() {
    assertThat(rules.missing("1", null)).containsExactly("至少需要 8 个字符",
        "需要包含大写字母、小写字母、数字、其他符号中的至少 3 类");
    assertThat(rules.missing("abcdefgh", null)).containsExactly("需要包含大写字母、小写字母、数字、其他符号中的至少 3 类");
    assertThat(rules.missing("Abcdefg1", null)).isEmpty();
    assertThat(rules.missing("abcdefg1!", null)).isEmpty();
    assertThat(rules.missing("宣传信息abc123", null)).isEmpty();
    UserEntity user = new UserEntity("inf-economy");
    user.setFirstName("李信息");
    assertThat(rules.missing("Inf-economy2026", user)).containsExactly("不能包含账号、姓名或电子邮箱");
    assertThat(rules.refusal("Xuanchuan#2026", user)).isNull();
    assertThat(rules.refusal("demo", null)).startsWith("【密码】不符合密码规则:至少需要 8 个字符");
  }

  @Test
  void anOrganisationFileNeedsAnInitialPasswordThatMeetsTheRulesOrTheSampleDemo() {
    InitialPasswordCheck check = new InitialPasswordCheck(rules);
    assertThatThrownBy(() -> check.check(file("12345678"), "organization.yaml"))
        .isInstanceOf(OrganizationFileException.class).hasMessageContaining("initialPassword 初始密码")
        .hasMessageContaining("至少 3 类");
    check.check(file("Chushi#2026"), "organization.yaml");
    check.check(file("demo"), "sample-organization.yaml");
    check.check(file(null), "organization.yaml");
  }

  private static OrganizationFile file(String initialPassword) {
    return new OrganizationFile("示例街道", "政工科", initialPassword, List.of(), List.of());
  }
}
