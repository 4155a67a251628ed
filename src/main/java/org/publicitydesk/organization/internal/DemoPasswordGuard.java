package org.publicitydesk.organization.internal;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Production ({@code postgres} profile): demo passwords are for the sample organisation only. Start-up stops
 * before the engine is built when the administrator's password is missing, "demo" or below the password rules
 * ({@link PasswordRules}), and an organisation file with the initial password "demo" is refused.
 */
@Component
@Profile("postgres")
class DemoPasswordGuard extends AbstractProcessEnginePlugin implements OrganizationFileCheck {

  static final String DEMO_PASSWORD = "demo";

  private final CamundaBpmProperties camunda;
  private final PasswordRules rules;

  DemoPasswordGuard(CamundaBpmProperties camunda, PasswordRules rules) {
    this.camunda = camunda;
    this.rules = rules;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    String password = camunda.getAdminUser() == null ? null : camunda.getAdminUser().getPassword();
    if (password == null || password.isBlank() || DEMO_PASSWORD.equals(password)
        || password.equals(camunda.getAdminUser().getId())) {
      throw new AdminPasswordRefused("生产环境 (postgres) 必须通过环境变量 PUBLICITY_ADMIN_PASSWORD 设置管理员密码,"
          + "且不能是演示密码 (set PUBLICITY_ADMIN_PASSWORD; the demo password is refused in production)");
    }
    String refusal = rules.refusal(password, camunda.getAdminUser().init());
    if (refusal != null) {
      throw new AdminPasswordRefused("管理员密码 PUBLICITY_ADMIN_PASSWORD " + refusal);
    }
  }

  @Override
  public void check(OrganizationFile file, String source) {
    if (DEMO_PASSWORD.equals(file.initialPassword())) {
      throw new OrganizationFileException(source, List.of(
          "生产环境不能使用演示初始密码 'demo' (initialPassword 'demo' is refused in production)"));
    }
  }
}
