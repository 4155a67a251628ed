package org.publicitydesk;

import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** For web slice tests: who is calling, as the authentication filter would have told the (mocked) engine. */
public final class Callers {

  private Callers() {
  }

  public static void as(IdentityService identity, String userId, String... groups) {
    when(identity.getCurrentAuthentication()).thenReturn(new Authentication(userId, List.of(groups)));
  }
}
