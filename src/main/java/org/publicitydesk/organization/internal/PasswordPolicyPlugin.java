package org.publicitydesk.organization.internal;

import org.camunda.bpm.engine.ProcessEngine;
// impl: engine plugins and the configuration they change are impl only (no public plugin API in Camunda 7)
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Turns on Camunda's password policy with {@link PasswordRules} for every password set after start-up. It is turned
 * on once the engine is built, after the starter has created the configured administrator (last of the engine
 * plugins), so that the sample set-up's {@code admin}/{@code demo} can be created; the production administrator's
 * password is checked against the same rules before the engine is built ({@link DemoPasswordGuard}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  private final PasswordRules rules;
  private ProcessEngineConfigurationImpl configuration;

  PasswordPolicyPlugin(PasswordRules rules) {
    this.rules = rules;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    configuration.setPasswordPolicy(rules);
    configuration.setIdentityService(new CheckedIdentityService(rules, configuration));
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    configuration.setEnablePasswordPolicy(true);
  }
}
