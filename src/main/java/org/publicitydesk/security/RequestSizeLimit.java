package org.publicitydesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests larger than {@code publicity.security.max-request-size} (default 25 MB: a 10 MB Word document
 * and three 5 MB photos, base64-encoded), so one huge upload cannot exhaust the memory of the server (Camunda's REST
 * APIs read file variables whole). A declared {@code Content-Length} over the limit is refused before anything reads
 * the body; a body without one ({@code Transfer-Encoding: chunked}) is counted as it is read and fails at the first
 * byte over the limit ({@link LimitedRequest}), so the request is never processed: the same 413 either way.
 */
@Component
@Order(1)
class RequestSizeLimit extends OncePerRequestFilter {

  private final long maxBytes;

  RequestSizeLimit(@Value("${publicity.security.max-request-size:25MB}") DataSize max) {
    this.maxBytes = max.toBytes();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      refuse(response);
      return;
    }
    LimitedRequest limited = new LimitedRequest(request, response, maxBytes);
    try {
      chain.doFilter(limited, limited.response());
    } catch (IOException | ServletException | RuntimeException e) {
      if (!limited.exceeded()) {
        throw e;
      }
      // whatever failed after the limit was passed is a consequence of the refused read
    }
    if (limited.exceeded() && !response.isCommitted()) {
      response.reset();
      refuse(response);
    }
  }

  private void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"请求过大\",\"status\":413,\"detail\":\"上传内容超过 "
        + (maxBytes / 1024 / 1024) + " MB 上限;Word 稿件不超过 10 MB,照片每张不超过 5 MB\"}");
  }
}
