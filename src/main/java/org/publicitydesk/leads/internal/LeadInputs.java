package org.publicitydesk.leads.internal;

import static org.publicitydesk.leads.MajorEventProcess.DEADLINE;
import static org.publicitydesk.leads.MajorEventProcess.NOTES;
import static org.publicitydesk.leads.MajorEventProcess.RESPONSIBLE_UNIT_CODE;
import static org.publicitydesk.leads.MajorEventProcess.TITLE;
import static org.publicitydesk.security.ProcessInputs.Kind.DATE;
import static org.publicitydesk.security.ProcessInputs.Kind.TEXT;

import org.publicitydesk.leads.MajorEventProcess;
import org.publicitydesk.security.ProcessInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares what the editorial office sends when it assigns a lead or major event ({@code MajorEvent}, contract). */
@Configuration(proxyBeanMethods = false)
class LeadInputs {

  @Bean
  ProcessInputs majorEventInputs() {
    return ProcessInputs.of(MajorEventProcess.KEY)
        .start(TITLE, TEXT, RESPONSIBLE_UNIT_CODE, TEXT, DEADLINE, DATE, NOTES, TEXT).build();
  }
}
