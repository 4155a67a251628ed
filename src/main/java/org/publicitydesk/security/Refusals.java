package org.publicitydesk.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
// impl: IdentityService.getCurrentAuthentication() answers with this class; there is no public type for it
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.publicitydesk.organization.Groups;

/**
 * What a refused caller is told (403). Camunda's own refusal lists the ids of the resources it checked — a task's
 * process instance, another unit's article — so a non-administrator gets a Chinese message that names none; an
 * administrator (who may read everything anyway) keeps Camunda's message for diagnosis, and the application's own
 * refusals (which name only what the caller asked for) pass unchanged. One place for {@code /engine-rest}, the
 * webapps' {@code /camunda/api/engine} and {@code /api}.
 */
public final class Refusals {

  public static final String FORBIDDEN = "您没有执行此操作的权限,或该内容不属于您可以查看的单位 (forbidden)";

  private Refusals() {
  }

  /** The message for the current caller. */
  public static String message(AuthorizationException refused) {
    return hidden(refused) ? FORBIDDEN : refused.getMessage();
  }

  /** Whether the caller would see Camunda's resource ids in the refusal. */
  public static boolean hidden(AuthorizationException refused) {
    return namesResources(refused) && !administrator();
  }

  private static boolean namesResources(AuthorizationException refused) {
    return refused.getMissingAuthorizations() != null && !refused.getMissingAuthorizations().isEmpty()
        || refused.getResourceId() != null;
  }

  private static boolean administrator() {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
    Authentication caller = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
    return caller != null && caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.ADMIN);
  }
}
