package org.publicitydesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;

/**
 * For {@code /api}: HTTP Basic, or the Camunda webapp session of a user who is logged in to Tasklist, so that task
 * forms and the application's pages work without asking for the password again. A changing request (POST, PUT…)
 * rides on the session only with the header {@code X-Requested-With: XMLHttpRequest}, which a page of another site
 * cannot send without a CORS pre-flight that this application never grants: no CSRF exposure.
 */
public class SessionOrBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  private static final Set<String> READING = Set.of("GET", "HEAD");

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    HttpSession session = request.getSession(false);
    boolean sameSiteScript = "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
    if (session != null && (READING.contains(request.getMethod()) || sameSiteScript)
        && request.getHeader("Authorization") == null) {
      Authentication user = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
      if (user != null) {
        return AuthenticationResult.successful(user.getIdentityId());
      }
    }
    return super.extractAuthenticatedUser(request, engine);
  }
}
