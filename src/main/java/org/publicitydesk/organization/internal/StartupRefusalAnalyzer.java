package org.publicitydesk.organization.internal;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A start-up the application refuses on purpose — a wrong organisation file ({@link OrganizationFileException}), a
 * missing or demo administrator password in production ({@link AdminPasswordRefused}) — is reported as what it is:
 * the faults and what to do, without the stack trace that makes a refusal look like a broken build (issue 15).
 * Registered in {@code META-INF/spring.factories}.
 */
public class StartupRefusalAnalyzer implements FailureAnalyzer {

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OrganizationFileException || t instanceof AdminPasswordRefused) {
        return new FailureAnalysis(t.getMessage(), "改正后重新启动 (correct it and start again)", t);
      }
    }
    return null;
  }
}
