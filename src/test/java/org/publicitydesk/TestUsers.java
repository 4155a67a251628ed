package org.publicitydesk;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** Runs engine calls as a sample user with its groups, the way the REST filter and the webapps authenticate. */
public final class TestUsers {

  private TestUsers() {
  }

  public static <T> T as(IdentityService identity, String user, Supplier<T> action) {
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
        .toList());
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
