package org.publicitydesk.opinion.internal;

import static org.publicitydesk.security.ProcessInputs.Kind.DATE;
import static org.publicitydesk.security.ProcessInputs.Kind.FLAG;
import static org.publicitydesk.security.ProcessInputs.Kind.NUMBER;
import static org.publicitydesk.security.ProcessInputs.Kind.TEXT;

import org.publicitydesk.security.ProcessInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares what people may send to {@code PublicOpinionReport} and {@code MonthlyOpinionSettlement} (contract). */
@Configuration(proxyBeanMethods = false)
class OpinionInputs {

  @Bean
  ProcessInputs publicOpinionReportInputs() {
    return ProcessInputs.of("PublicOpinionReport")
        .start("title", TEXT, "content", TEXT, "unitCode", TEXT)
        .task("Task_CheckOpinionReport", "decision", TEXT)
        .task("Task_RecordBulletinAdoption", "adoptedInBulletin", FLAG, "bulletinIssue", TEXT, "bulletinDate", DATE)
        .build();
  }

  @Bean
  ProcessInputs monthlyOpinionSettlementInputs() {
    return ProcessInputs.of("MonthlyOpinionSettlement").start("year", NUMBER, "month", NUMBER).build();
  }
}
