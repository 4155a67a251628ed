package org.publicitydesk.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
// impl: the running command (its user, its authorization switch) has no public accessor
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.organization.OrganizationDirectory;
import org.springframework.stereotype.Component;

/**
 * Per-unit access (contract "sample organisation"): a process whose variable {@code unitCode} names a unit may be
 * started only by an informant of that unit (or the editorial office / an administrator), and its instance and
 * tasks become readable by the unit's members and its supervising leader — and by nobody else without a role grant.
 */
@Component
public class UnitAccess {

  /** The process variable that ties a process instance to a unit (contract). */
  public static final String UNIT_CODE = "unitCode";

  private final OrganizationDirectory directory;
  private final BusinessClock clock;
  private final ProcessUnits units;

  UnitAccess(OrganizationDirectory directory, BusinessClock clock, ProcessUnits units) {
    this.directory = directory;
    this.clock = clock;
    this.units = units;
  }

  void onProcessStart(DelegateExecution execution) {
    Object given = execution.getVariable(UNIT_CODE);
    if (given != null && !(given instanceof String)) {
      throw new BadUserRequestException("【unitCode 单位】应为单位代码文字 (unitCode must be text)");
    }
    if (!(given instanceof String unitCode)) {
      return;
    }
    if (directory.unit(unitCode).isEmpty()) {
      throw new BadUserRequestException("单位代码 unitCode='" + unitCode + "' 不存在 (unknown unit)");
    }
    CommandContext command = Context.getCommandContext();
    String userId = command.getAuthenticatedUserId();
    if (userId != null && !mayActForAnyUnit(command.getAuthenticatedGroupIds())
        && !directory.informantUnits(userId, clock.today()).contains(unitCode)) {
      throw new AuthorizationException("用户 " + userId + " 不是单位 " + unitCode
          + " 的信息员,不能以该单位名义报送 (you are not an informant of this unit)");
    }
    grantInstance(execution, unitCode);
  }

  /**
   * Fixes the unit of the instance ({@link ProcessUnits}) and grants the instance to it: at the start, or later when
   * the unit was derived from the informant (e.g. a community's default unit).
   */
  public void grantInstance(DelegateExecution execution, String unitCode) {
    units.fix(execution.getProcessInstanceId(), unitCode);
    AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
    String instanceId = execution.getProcessInstanceId();
    asSystem(() -> {
      grantToUnit(authorizations, unitCode, Resources.PROCESS_INSTANCE, instanceId);
      grantToUnit(authorizations, unitCode, Resources.HISTORIC_PROCESS_INSTANCE, instanceId);
      return null;
    });
  }

  void onTaskCreate(DelegateTask task) {
    String unitCode = units.unitOf(task.getProcessInstanceId()).orElse(null);
    if (unitCode == null) {
      return;
    }
    AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
    // candidate groups already hold Camunda's own grants on the task
    List<String> candidateGroups = task.getCandidates().stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
    // the task's history needs no grant of its own: the unit's grant on the historic instance covers its tasks
    // (historic instance permissions: Camunda checks HISTORIC_PROCESS_INSTANCE or HISTORIC_TASK; issue 17)
    asSystem(() -> {
      for (String group : unitGroups(unitCode)) {
        if (!candidateGroups.contains(group)) {
          grant(authorizations, group, Resources.TASK, task.getId());
        }
      }
      return null;
    });
  }

  /** Lets one person read an instance and its task that its groups would not show it (a deputy, issue 16). */
  public void grantToUser(DelegateTask task, String userId) {
    AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
    asSystem(() -> {
      for (Resource resource : List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setResource(resource);
        grant.setResourceId(task.getProcessInstanceId());
        grant.addPermission(read(resource));
        authorizations.saveAuthorization(grant);
      }
      return null;
    });
  }

  /**
   * Runs the grants without authorization checks and without user operation log entries: they are the application's
   * own consequence of the step the person took (which is logged), not an operation of theirs (issue 17: they were a
   * third of the lifecycle's log rows).
   */
  private static void asSystem(java.util.concurrent.Callable<Void> grants) {
    CommandContext command = Context.getCommandContext();
    boolean logged = command.isUserOperationLogEnabled();
    command.disableUserOperationLog();
    try {
      command.runWithoutAuthorization(grants);
    } finally {
      if (logged) {
        command.enableUserOperationLog();
      }
    }
  }

  private static boolean mayActForAnyUnit(List<String> groups) {
    return groups != null && (groups.contains(Groups.EDITORIAL) || groups.contains(Groups.ADMIN));
  }

  private static Permission read(Resource resource) {
    if (resource == Resources.HISTORIC_PROCESS_INSTANCE) {
      return HistoricProcessInstancePermissions.READ;
    }
    return Permissions.READ;
  }

  private static List<String> unitGroups(String unitCode) {
    return List.of(Groups.unit(unitCode), Groups.unitSupervisor(unitCode));
  }

  private static void grantToUnit(AuthorizationService authorizations, String unitCode, Resource resource, String id) {
    unitGroups(unitCode).forEach(group -> grant(authorizations, group, resource, id));
  }

  private static void grant(AuthorizationService authorizations, String group, Resource resource, String id) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(id);
    grant.addPermission(read(resource));
    authorizations.saveAuthorization(grant);
  }
}
