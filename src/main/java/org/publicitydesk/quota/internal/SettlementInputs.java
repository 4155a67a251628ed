package org.publicitydesk.quota.internal;

import org.publicitydesk.quota.SettlementProcesses;
import org.publicitydesk.security.ProcessInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares what the editorial office sends when it settles a period on demand (contract, settlements). */
@Configuration(proxyBeanMethods = false)
class SettlementInputs {

  @Bean
  ProcessInputs quarterlySettlementInputs() {
    return SettlementProcesses.QUARTERLY_INPUTS;
  }

  @Bean
  ProcessInputs annualSettlementInputs() {
    return SettlementProcesses.ANNUAL_INPUTS;
  }
}
