package org.publicitydesk.bench;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * How long the server takes for each public-opinion report, from the first filter to the response (the client's time
 * without the HTTP client and the network): tells a slower request apart from a slower server.
 */
final class ServerTimes implements Filter {

  static final String REPORT_PATH = "/engine-rest/process-definition/key/PublicOpinionReport/start";
  private static final ConcurrentLinkedQueue<Long> REPORT_MILLIS = new ConcurrentLinkedQueue<>();

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long t0 = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      if (request instanceof HttpServletRequest http && REPORT_PATH.equals(http.getRequestURI())) {
        REPORT_MILLIS.add((System.nanoTime() - t0) / 1_000_000);
      }
    }
  }

  /** The reports' server times since the last call, sorted. */
  static List<Long> drainReports() {
    List<Long> times = new ArrayList<>();
    for (Long t; (t = REPORT_MILLIS.poll()) != null; ) {
      times.add(t);
    }
    Collections.sort(times);
    return times;
  }
}
