package org.publicitydesk.organization.internal;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.publicitydesk.organization.Groups;

/**
 * What each role group may do in Camunda (R12, contract "sample organisation"). Per-unit visibility of single
 * instances and tasks is granted when they are created (security module, {@code UnitAccessPlugin}).
 */
final class RoleGrants {

  /** Processes an informant starts: articles (R1) and public-opinion reports (R3). */
  static final List<String> INFORMANT_PROCESSES = List.of("ArticleReview", "PublicOpinionReport");

  record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
  }

  private RoleGrants() {
  }

  static List<Grant> all() {
    List<Grant> grants = new ArrayList<>();
    // everybody: Tasklist, and the names of colleagues (assignees, candidates)
    grants.add(grant(Groups.STAFF, Resources.APPLICATION, "tasklist", ACCESS));
    grants.add(grant(Groups.STAFF, Resources.USER, ANY, READ));
    grants.add(grant(Groups.STAFF, Resources.GROUP, ANY, READ));
    // informants start their own processes; the unit check happens at start (UnitAccessPlugin)
    for (String key : INFORMANT_PROCESSES) {
      grants.add(grant(Groups.INFORMANTS, Resources.PROCESS_DEFINITION, key, READ, CREATE_INSTANCE));
    }
    grants.add(grant(Groups.INFORMANTS, Resources.PROCESS_INSTANCE, ANY, CREATE));
    // reviewers see the definitions (names, diagrams); instances only of their units, granted per instance
    grants.add(grant(Groups.UNIT_HEADS, Resources.PROCESS_DEFINITION, ANY, READ));
    grants.add(grant(Groups.SUPERVISORS, Resources.PROCESS_DEFINITION, ANY, READ));
    // principal leaders: read everything, work only on their own tasks
    grants.addAll(readEverything(Groups.PRINCIPALS));
    // editorial office (政工科): reads everything, starts events and settlements, and works on the tasks it is a
    // candidate of (Camunda grants a task to its candidate groups) — never on a reviewer's task (R1)
    grants.addAll(readEverything(Groups.EDITORIAL));
    grants.add(grant(Groups.EDITORIAL, Resources.PROCESS_DEFINITION, ANY, READ, CREATE_INSTANCE, READ_INSTANCE,
        READ_HISTORY, READ_TASK));
    // no UPDATE: moving, correcting or withdrawing an article is an application operation (issue 14), run as the system
    grants.add(grant(Groups.EDITORIAL, Resources.PROCESS_INSTANCE, ANY, READ, CREATE));
    return grants;
  }

  private static List<Grant> readEverything(String group) {
    return List.of(
        grant(group, Resources.APPLICATION, "cockpit", ACCESS),
        grant(group, Resources.PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK),
        grant(group, Resources.PROCESS_INSTANCE, ANY, READ),
        grant(group, Resources.TASK, ANY, READ),
        grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ),
        grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ),
        grant(group, Resources.DECISION_DEFINITION, ANY, READ, READ_HISTORY),
        grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ),
        grant(group, Resources.DEPLOYMENT, ANY, READ));
  }

  private static Grant grant(String group, Resource resource, String resourceId, Permission... permissions) {
    return new Grant(group, resource, resourceId, List.of(permissions));
  }
}
