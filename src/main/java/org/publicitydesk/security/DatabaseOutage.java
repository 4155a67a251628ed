package org.publicitydesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached (restart, network), every request that needs it — the login check of
 * {@code /engine-rest} and {@code /api} included — fails at once with 503, {@code Retry-After} and a Chinese problem
 * detail instead of a stack trace; nothing was stored, so the client may simply retry. The connection pool
 * reconnects by itself when the database is back ({@code spring.datasource.hikari.connection-timeout} bounds the
 * wait).
 */
@Component
@Order(0)
class DatabaseOutage extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException | IOException e) {
      if (!RetryableFailures.databaseUnavailable(e) || response.isCommitted()) {
        throw e;
      }
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", RetryableFailures.RETRY_AFTER);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"服务暂时不可用\",\"status\":503,\"detail\":\""
          + RetryableFailures.MESSAGE + "\"}");
    }
  }
}
