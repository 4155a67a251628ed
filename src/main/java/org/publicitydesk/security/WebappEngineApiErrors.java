package org.publicitydesk.security;

import jakarta.servlet.ServletRegistration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The webapps call the engine through their own JAX-RS application ({@code /camunda/api/engine}), which does not see
 * the mappers of {@code /engine-rest}. This registers that servlet first, under the name Camunda's initializer uses (it
 * then leaves it alone), with {@link EngineRestErrors}' mappers as providers: Tasklist gets the same clear 400/409/503
 * answers in Chinese as {@code /engine-rest}, not a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebappEngineApiErrors implements ServletContextInitializer {

  static final String SERVLET = "Engine Api";

  private final String applicationPath;

  WebappEngineApiErrors(CamundaBpmProperties camunda) {
    this.applicationPath = camunda.getWebapp().getApplicationPath();
  }

  @Override
  public void onStartup(jakarta.servlet.ServletContext context) {
    if (context.getServletRegistration(SERVLET) != null) {
      return;
    }
    ServletRegistration.Dynamic servlet = context.addServlet(SERVLET, ServletContainer.class);
    String providers = Stream.of(EngineRestErrors.WrappedBadInput.class, EngineRestErrors.ListenerBadInput.class,
        EngineRestErrors.TransactionFailure.class).map(Class::getName).collect(Collectors.joining(","));
    servlet.setInitParameters(Map.of(ServletProperties.JAXRS_APPLICATION_CLASS, EngineRestApplication.class.getName(),
        ServerProperties.PROVIDER_CLASSNAMES, providers));
    servlet.addMapping(applicationPath + "/api/engine/*");
  }
}
