package org.publicitydesk;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import sun.misc.Signal;

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
    exitCleanlyOnSigterm();
    SpringApplication.run(PublicityDeskApplication.class, args);
  }

  /**
   * A stop by SIGTERM is an orderly end: the usual shutdown (the Spring context closes, Camunda undeploys, the database
   * closes), then exit code 0 instead of the JVM's 143. {@code ./mvnw spring-boot:run} sends SIGTERM to its forked JVM
   * when a Ctrl-C reached Maven alone and the application had not ended 5 s later (an IDE's or a tool's stop), and took
   * 143 for a failure (BUILD FAILURE); service managers (systemd, docker stop) stop with SIGTERM too.
   */
  private static void exitCleanlyOnSigterm() {
    try {
      Signal.handle(new Signal("TERM"), signal -> System.exit(0));
    } catch (IllegalArgumentException noSuchSignal) {
      // a platform without SIGTERM (Windows) keeps the JVM's own handling
    }
  }
}
