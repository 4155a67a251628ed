package org.publicitydesk.security;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
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

  public boolean isInAny(String... groups) {
    Authentication auth = identity.getCurrentAuthentication();
    List<String> mine = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
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
