package org.publicitydesk.adoption.internal;

import static org.publicitydesk.security.ProcessInputs.Kind.DATE;
import static org.publicitydesk.security.ProcessInputs.Kind.FLAG;
import static org.publicitydesk.security.ProcessInputs.Kind.TEXT;

import org.publicitydesk.security.ProcessInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares what the editorial office sends when it records an adoption ({@code Task_RecordAdoption}, contract). */
@Configuration(proxyBeanMethods = false)
class AdoptionInputs {

  static final String TASK_RECORD_ADOPTION = "Task_RecordAdoption";

  @Bean
  ProcessInputs recordAdoptionInputs() {
    return ProcessInputs.of("ArticleReview")
        .task(TASK_RECORD_ADOPTION, "mediaName", TEXT, "mediaLevel", TEXT, "length", TEXT, "placement", TEXT,
            "publishedOn", DATE, "evidenceLink", TEXT, "trackingDone", FLAG)
        .build();
  }
}
