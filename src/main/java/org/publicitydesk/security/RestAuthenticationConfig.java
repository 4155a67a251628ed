package org.publicitydesk.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /engine-rest/*} and {@code /api/*} need HTTP Basic against the engine's users; 401 without it ({@code /api}
 * also takes a Tasklist session for reading, {@link SessionOrBasicAuthenticationProvider}). The filter sets the
 * engine's authentication for the request, so Camunda's authorizations apply to both APIs.
 */
@Configuration
class RestAuthenticationConfig {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    return filter("publicity-engine-rest-authentication", "/engine-rest/*", HttpBasicAuthenticationProvider.class);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    return filter("publicity-api-authentication", "/api/*", SessionOrBasicAuthenticationProvider.class);
  }

  /** After authentication: the allowlist of engine operations for non-administrators, on both engine URL trees. */
  @Bean
  FilterRegistrationBean<EngineApiGuard> engineApiGuard(IdentityService identity, EngineCalls calls) {
    FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(new EngineApiGuard(identity, calls));
    registration.setName("publicity-engine-api-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(11);
    return registration;
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> filter(String name, String path,
      Class<?> provider) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addUrlPatterns(path);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, provider.getName());
    registration.setOrder(10);
    return registration;
  }
}
