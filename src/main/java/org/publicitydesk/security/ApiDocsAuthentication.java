package org.publicitydesk.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API documentation (Swagger UI {@code /swagger-ui.html}, {@code /swagger-ui/…}, and the OpenAPI description
 * {@code /v3/api-docs…}) is for people with an account, in every set-up: HTTP Basic or the Tasklist login, as for
 * {@code /api} ({@link SessionOrBasicAuthenticationProvider}); 401 without.
 */
@Configuration
class ApiDocsAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiDocsAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("publicity-api-docs-authentication");
    registration.addUrlPatterns("/swagger-ui.html", "/swagger-ui/*", "/v3/api-docs", "/v3/api-docs/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SessionOrBasicAuthenticationProvider.class.getName());
    registration.setOrder(10);
    return registration;
  }
}
