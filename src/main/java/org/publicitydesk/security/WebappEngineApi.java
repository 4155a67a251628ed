package org.publicitydesk.security;

import jakarta.servlet.ServletContext;
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
 * The webapps (Tasklist, Cockpit, Admin) call the engine's REST resources through their own JAX-RS application under
 * {@code /camunda/api/engine}, which Spring's Jersey configuration does not reach. This registers that servlet first,
 * exactly as Camunda's {@code CamundaBpmWebappInitializer} does (which then leaves it alone), plus the mappers of
 * {@link EngineRestErrors}, so both copies of the API answer the same: Chinese 400/409/503, and 403 without other
 * units' resource ids.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebappEngineApi implements ServletContextInitializer {

  static final String SERVLET_NAME = "Engine Api";

  private final CamundaBpmProperties camunda;

  WebappEngineApi(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void onStartup(ServletContext context) {
    ServletRegistration.Dynamic api = context.addServlet(SERVLET_NAME, ServletContainer.class);
    if (api == null) {
      return; // registered already
    }
    api.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    api.setInitParameters(Map.of(
        ServletProperties.JAXRS_APPLICATION_CLASS, EngineRestApplication.class.getName(),
        ServerProperties.PROVIDER_CLASSNAMES, Stream.of(EngineRestErrors.mappers()).map(Class::getName)
            .collect(Collectors.joining(","))));
  }
}
