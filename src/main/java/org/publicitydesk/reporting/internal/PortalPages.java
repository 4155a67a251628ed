package org.publicitydesk.reporting.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The portal (R11.2) at {@code /portal/}: a static page ({@code static/portal/}) that reads {@code /api} with the
 * Tasklist login; every figure it shows is filtered by the API for the user.
 */
@Configuration
class PortalPages implements WebMvcConfigurer {

  /** Where Camunda's webapps keep the session's CSRF token (their {@code CsrfConstants}). */
  static final String WEBAPP_CSRF_TOKEN = "CAMUNDA_CSRF_TOKEN";

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/portal", "/portal/");
    registry.addViewController("/portal/").setViewName("forward:/portal/index.html");
  }

  /**
   * {@code GET /portal/csrf-token}: the webapps' CSRF token of this session, so that the portal's login form can use
   * Tasklist's login (the webapps hand it out on a session's first request only, in a cookie of path /camunda that
   * the portal cannot read). Only a page of this origin can read the answer; it grants nothing by itself.
   */
  @RestController
  static class CsrfToken {

    @GetMapping("/portal/csrf-token")
    ResponseEntity<Map<String, String>> token(HttpServletRequest request) {
      HttpSession session = request.getSession(false);
      Object token = session == null ? null : session.getAttribute(WEBAPP_CSRF_TOKEN);
      Map<String, String> body = new HashMap<>();
      body.put("token", token == null ? null : token.toString());
      return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
  }
}
