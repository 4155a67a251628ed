package org.publicitydesk.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /engine-rest/*} and {@code /api/*} need HTTP Basic against the engine's users; 401 without it. The filter
 * also sets the engine's authentication for the request, so Camunda's authorizations apply to both APIs.
 */
@Configuration
class RestAuthenticationConfig {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("publicity-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(10);
    return registration;
  }
}
