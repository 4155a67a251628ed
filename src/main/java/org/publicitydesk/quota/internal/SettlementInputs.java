package org.publicitydesk.quota.internal;

import static org.publicitydesk.security.ProcessInputs.Kind.NUMBER;

import org.publicitydesk.security.ProcessInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares what the editorial office sends when it settles a period on demand (contract, settlements). */
@Configuration(proxyBeanMethods = false)
class SettlementInputs {

  @Bean
  ProcessInputs quarterlySettlementInputs() {
    return ProcessInputs.of("QuarterlySettlement").start("year", NUMBER, "quarter", NUMBER).build();
  }

  @Bean
  ProcessInputs annualSettlementInputs() {
    return ProcessInputs.of("AnnualSettlement").start("year", NUMBER).build();
  }
}
