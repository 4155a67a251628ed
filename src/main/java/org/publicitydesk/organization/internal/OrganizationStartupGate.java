package org.publicitydesk.organization.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web server opens before the organisation file has been loaded at start-up ({@link OrganizationLoader} runs once
 * the application has started). Until then every request — {@code /api}, {@code /engine-rest}, the webapps, the pages —
 * is answered 503 with {@code Retry-After} and a Chinese problem detail, never as if the organisation were empty (units
 * without informants, people unknown and refused with 401).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganizationStartupGate extends OncePerRequestFilter {

  static final String RETRY_AFTER = "5";
  static final String MESSAGE = "系统正在启动,组织机构尚未加载完毕,请稍后重试 (starting up, retry later)";

  private final AtomicBoolean open = new AtomicBoolean();

  /** Called by the loader once the organisation is in the tables and in Camunda's identities. */
  void open() {
    open.set(true);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (open.get()) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", RETRY_AFTER);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"服务暂时不可用\",\"status\":503,\"detail\":\""
        + MESSAGE + "\"}");
  }
}
