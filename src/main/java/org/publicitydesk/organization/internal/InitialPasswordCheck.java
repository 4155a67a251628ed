package org.publicitydesk.organization.internal;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The initial password of an organisation file meets {@link PasswordRules}, so that new accounts can be created with
 * it; only the sample organisation's {@code demo} is exempt (and refused in production by {@link DemoPasswordGuard}).
 */
@Component
class InitialPasswordCheck implements OrganizationFileCheck {

  private final PasswordRules rules;

  InitialPasswordCheck(PasswordRules rules) {
    this.rules = rules;
  }

  @Override
  public void check(OrganizationFile file, String source) {
    String password = file.initialPassword();
    if (password == null || DemoPasswordGuard.DEMO_PASSWORD.equals(password)) {
      return;
    }
    String refusal = rules.refusal(password, null);
    if (refusal != null) {
      throw new OrganizationFileException(source, List.of("initialPassword 初始密码" + refusal));
    }
  }
}
