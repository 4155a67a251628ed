package org.publicitydesk.organization.internal;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
// impl: Camunda's built-in password rules have no public constructors elsewhere
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;
import org.springframework.stereotype.Component;

/**
 * The password rules for every password a person sets or an administrator gives (Camunda's password policy, shown by
 * Admin and the Welcome page while typing): at least 8 characters, at least 3 of the 4 kinds upper-case letters,
 * lower-case letters, digits and other characters, and none of the account's id, name or e-mail. Only the sample
 * organisation's {@code demo} is set without them ({@link CamundaIdentitySync}).
 */
@Component
class PasswordRules implements PasswordPolicy {

  static final int MIN_LENGTH = 8;
  static final int MIN_CLASSES = 3;

  private final List<PasswordPolicyRule> rules = List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH),
      new CharacterClasses(), new PasswordPolicyUserDataRuleImpl());

  @Override
  public List<PasswordPolicyRule> getRules() {
    return rules;
  }

  /** What the password still lacks, in Chinese; empty when it meets every rule. */
  List<String> missing(String password, User user) {
    return rules.stream().filter(rule -> !rule.execute(password == null ? "" : password, user))
        .map(PasswordRules::describe).toList();
  }

  /** The Chinese refusal for a password that lacks something, or null when it meets every rule. */
  String refusal(String password, User user) {
    List<String> missing = missing(password, user);
    return missing.isEmpty() ? null
        : "【密码】不符合密码规则:" + String.join(";", missing) + " (the password does not meet the password policy)";
  }

  private static String describe(PasswordPolicyRule rule) {
    return switch (rule.getPlaceholder()) {
      case PasswordPolicyLengthRuleImpl.PLACEHOLDER -> "至少需要 " + MIN_LENGTH + " 个字符";
      case CharacterClasses.PLACEHOLDER -> "需要包含大写字母、小写字母、数字、其他符号中的至少 " + MIN_CLASSES + " 类";
      case PasswordPolicyUserDataRuleImpl.PLACEHOLDER -> "不能包含账号、姓名或电子邮箱";
      default -> rule.getPlaceholder();
    };
  }

  /** At least {@link #MIN_CLASSES} of: upper-case letters, lower-case letters, digits, anything else. */
  static final class CharacterClasses implements PasswordPolicyRule {

    /** Admin's and Welcome's translation key (their {@code zh.json}). */
    static final String PLACEHOLDER = "PASSWORD_POLICY_CHARACTER_CLASSES";

    @Override
    public String getPlaceholder() {
      return PLACEHOLDER;
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of("minClasses", String.valueOf(MIN_CLASSES));
    }

    @Override
    public boolean execute(String password) {
      boolean upper = password.codePoints().anyMatch(Character::isUpperCase);
      boolean lower = password.codePoints().anyMatch(Character::isLowerCase);
      boolean digit = password.codePoints().anyMatch(Character::isDigit);
      boolean other = password.codePoints()
          .anyMatch(c -> !Character.isUpperCase(c) && !Character.isLowerCase(c) && !Character.isDigit(c));
      int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
      return classes >= MIN_CLASSES;
    }
  }
}
