package org.publicitydesk.opinion.internal;

import org.publicitydesk.opinion.MonthlyOpinionSettlementProcess;
import org.publicitydesk.opinion.PublicOpinionReportProcess;
import org.publicitydesk.security.ProcessInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares what people may send to {@code PublicOpinionReport} and {@code MonthlyOpinionSettlement} (contract). */
@Configuration(proxyBeanMethods = false)
class OpinionInputs {

  @Bean
  ProcessInputs publicOpinionReportInputs() {
    return PublicOpinionReportProcess.INPUTS;
  }

  @Bean
  ProcessInputs monthlyOpinionSettlementInputs() {
    return MonthlyOpinionSettlementProcess.INPUTS;
  }
}
