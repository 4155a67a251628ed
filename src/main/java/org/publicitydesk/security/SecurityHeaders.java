package org.publicitydesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser protections on the application's own answers — the landing page {@code /}, {@code /portal/},
 * {@code /admin/…}, {@code /api}, {@code /engine-rest} and the API documentation: a Content-Security-Policy that lets
 * a page run only scripts and styles served by this application (no inline script, nothing from other sites), no
 * framing by any page (clickjacking: {@code frame-ancestors 'none'} and {@code X-Frame-Options: DENY}), no MIME
 * sniffing, and no address sent to other sites. Camunda's webapps under {@code /camunda/} keep their own header filter
 * ({@code camunda.bpm.webapp.header-security}).
 */
@Component
@Order(2)
class SecurityHeaders extends OncePerRequestFilter {

  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";
  /** Swagger UI (a third-party page) sets inline styles; its scripts are still only its own files. */
  static final String API_DOCS_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean apiDocs = request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui");
    response.setHeader("Content-Security-Policy", apiDocs ? API_DOCS_POLICY : POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    chain.doFilter(request, response);
  }
}
