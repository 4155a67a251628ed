package org.publicitydesk.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigInteger;
import java.util.Map;
import org.publicitydesk.security.RequestRefused;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every {@code year} of {@code /api} — a query parameter ({@code ?year=2026}) or a path segment
 * ({@code /api/calendar/2026}) — lies between {@value #FIRST} and {@value #LAST}; any other number is refused with a
 * Chinese 400 before a controller runs (a year like 2147483647 used to end in date arithmetic overflowing: 500).
 * Text that is no number at all is left to Spring's conversion ({@link InputErrors}).
 */
@Configuration
class YearRange implements WebMvcConfigurer, HandlerInterceptor {

  static final int FIRST = 2000;
  static final int LAST = 2100;

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    check(request.getParameter("year"));
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
      check((String) variables.get("year"));
    }
    return true;
  }

  private static void check(String year) {
    if (year == null || !year.strip().matches("[+-]?\\d+")) {
      return;
    }
    BigInteger value = new BigInteger(year.strip());
    if (value.compareTo(BigInteger.valueOf(FIRST)) < 0 || value.compareTo(BigInteger.valueOf(LAST)) > 0) {
      throw new RequestRefused("年份 year 应在 " + FIRST + "—" + LAST + " 之间,收到 " + year.strip());
    }
  }
}
