package org.publicitydesk.it;

import java.util.Map;
import org.publicitydesk.PublicityDeskApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One run of the whole application, started and stopped by an integration test, with a client for its port. */
final class AppRun implements AutoCloseable {

  final ConfigurableApplicationContext context;
  private final String root;

  private AppRun(ConfigurableApplicationContext context) {
    this.context = context;
    this.root = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
  }

  static AppRun start(Map<String, Object> properties, String... profiles) {
    // command-line arguments: they outrank application.yaml, as an administrator's settings would
    Map<String, Object> all = new java.util.LinkedHashMap<>(Map.of("server.port", 0,
        "camunda.bpm.job-execution.enabled", false));
    all.putAll(properties);
    String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new AppRun(new SpringApplicationBuilder(PublicityDeskApplication.class).profiles(profiles).run(args));
  }

  TestRestTemplate as(String user, String password) {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri(root)).withBasicAuth(user, password);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
