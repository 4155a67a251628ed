package org.publicitydesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes each page of Camunda's webapps (Cockpit, Tasklist, Admin, Welcome) carry the nonce of its own
 * Content-Security-Policy. Camunda 7.24 keeps that nonce in the servlet context, which every request to
 * {@code /camunda/} shares: its header filter sets it, and the page is written with whatever is there a moment
 * later. When another request comes in between (two people, or one browser fetching files), the page's scripts carry
 * the other request's nonce, the browser blocks all of them and the webapp stays blank. Here the page is written into
 * a buffer and its {@code nonce="…"} attributes are set to the nonce of the policy sent with it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebappNonce extends OncePerRequestFilter {

  /** A webapp's page: {@code /camunda/app/{app}/{engine}/}, or its setup page. */
  private static final Pattern PAGE = Pattern.compile("/camunda/app/[\\w-]+/[\\w-]+/(setup/)?");
  private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([\\w-]+)'");
  private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"[^\"]*\"");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod())
        || !PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, page);
    String policy = page.getHeader("Content-Security-Policy");
    Matcher nonce = POLICY_NONCE.matcher(policy == null ? "" : policy);
    if (page.getStatus() == HttpServletResponse.SC_OK && nonce.find()) {
      Charset charset = Charset.forName(page.getCharacterEncoding());
      String html = new String(page.getContentAsByteArray(), charset);
      byte[] fixed = PAGE_NONCE.matcher(html).replaceAll(Matcher.quoteReplacement("nonce=\"" + nonce.group(1) + "\""))
          .getBytes(charset);
      page.resetBuffer();
      page.getOutputStream().write(fixed);
    }
    page.copyBodyToResponse();
  }
}
