package org.publicitydesk;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Publicity Desk (宣传信息报送与考核): a Camunda 7 process application that deploys the top-level
 * {@code processes/} and {@code forms/} folders (see {@code META-INF/processes.xml}).
 */
@SpringBootApplication
@EnableProcessApplication("publicity-desk")
@ConfigurationPropertiesScan
@EnableScheduling
public class PublicityDeskApplication {

  public static void main(String[] args) {
    SpringApplication.run(PublicityDeskApplication.class, args);
  }
}
