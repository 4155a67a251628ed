package org.publicitydesk.adoption.internal;

import org.publicitydesk.adoption.RecordAdoptionTask;
import org.publicitydesk.security.ProcessInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares what the editorial office sends when it records an adoption ({@code Task_RecordAdoption}, contract). */
@Configuration(proxyBeanMethods = false)
class AdoptionInputs {

  @Bean
  ProcessInputs recordAdoptionInputs() {
    return RecordAdoptionTask.INPUTS;
  }
}
