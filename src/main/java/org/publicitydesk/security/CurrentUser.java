package org.publicitydesk.security;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
// impl: IdentityService.getCurrentAuthentication() answers with this class; there is no public type for it
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The user of the current {@code /api} request (set by the authentication filter) and the groups it is in. */
@Component
public class CurrentUser {

  private final IdentityService identity;

  CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  public String id() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  /** The groups of the user (none when nobody is logged in). */
  public List<String> groups() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
  }

  public boolean isInAny(String... groups) {
    List<String> mine = groups();
    return Arrays.stream(groups).anyMatch(mine::contains);
  }

  /** The user's id, or 403 with the given Chinese message when the user is in none of the groups. */
  public String requireAny(String refusal, String... groups) {
    if (!isInAny(groups)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, refusal);
    }
    return id();
  }
}
