package org.publicitydesk.organization.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
// impl: saving a user without the password policy (sample "demo") is only on the implementation
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.organization.Role;
import org.publicitydesk.organization.internal.OrganizationFile.PersonDef;
import org.publicitydesk.organization.internal.OrganizationFile.UnitDef;
import org.publicitydesk.organization.internal.RoleGrants.Grant;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda's users, groups, memberships and role authorizations match the organisation file. Idempotent:
 * a second run with the same file changes nothing. Passwords are set only for new accounts, under the password rules
 * ({@link PasswordRules}) except the sample organisation's {@code demo}.
 */
@Component
class CamundaIdentitySync {

  private static final String ADMIN_GROUP_NAME = "系统管理员";

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  CamundaIdentitySync(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  void sync(OrganizationFile file) {
    for (PersonDef person : file.people()) {
      syncUser(person, file.initialPassword());
    }
    Map<String, String> groupNames = new LinkedHashMap<>();
    Map<String, Set<String>> members = new LinkedHashMap<>();
    desiredGroups(file, groupNames, members);
    groupNames.forEach((id, name) -> syncGroup(id, name, members.get(id)));
    identity.createGroupQuery().list().stream()
        .filter(g -> Groups.isUnitGroup(g.getId()) && !groupNames.containsKey(g.getId()))
        .forEach(g -> identity.deleteGroup(g.getId()));
    syncGrants(RoleGrants.all());
    Group admins = identity.createGroupQuery().groupId(Groups.ADMIN).singleResult();
    if (admins != null && !ADMIN_GROUP_NAME.equals(admins.getName())) {
      admins.setName(ADMIN_GROUP_NAME);
      identity.saveGroup(admins);
    }
  }

  private void desiredGroups(OrganizationFile file, Map<String, String> names, Map<String, Set<String>> members) {
    names.put(Groups.STAFF, "全体人员");
    for (Role role : Role.values()) {
      names.put(role.groupId(), role.label());
    }
    for (UnitDef unit : file.units()) {
      names.put(Groups.unit(unit.code()), unit.name());
      names.put(Groups.unitHead(unit.code()), unit.name() + "负责人");
      names.put(Groups.unitSupervisor(unit.code()), unit.name() + "分管领导");
      add(members, Groups.unitSupervisor(unit.code()), unit.supervisor());
    }
    for (PersonDef person : file.people()) {
      add(members, Groups.STAFF, person.id());
      for (Role role : person.roles()) {
        add(members, role.groupId(), person.id());
      }
      for (String unitCode : person.units()) {
        add(members, Groups.unit(unitCode), person.id());
        if (person.has(Role.UNIT_HEAD)) {
          add(members, Groups.unitHead(unitCode), person.id());
        }
      }
    }
  }

  private static void add(Map<String, Set<String>> members, String groupId, String userId) {
    members.computeIfAbsent(groupId, g -> new LinkedHashSet<>()).add(userId);
  }

  private void syncUser(PersonDef person, String initialPassword) {
    User user = identity.createUserQuery().userId(person.id()).singleResult();
    boolean created = user == null;
    if (created) {
      user = identity.newUser(person.id());
      // without an initial password the account exists but cannot log in until an administrator sets one
      user.setPassword(initialPassword != null ? initialPassword : UUID.randomUUID().toString());
    }
    if (created || !Objects.equals(user.getFirstName(), person.name()) || !Objects.equals(user.getEmail(), person.email())) {
      user.setFirstName(person.name());
      user.setLastName("");
      user.setEmail(person.email());
      boolean demo = created && DemoPasswordGuard.DEMO_PASSWORD.equals(initialPassword);
      if (demo && identity instanceof IdentityServiceImpl engineIdentity) {
        // the sample organisation's "demo" is below the password rules (and refused in production)
        engineIdentity.saveUser(user, true);
      } else {
        identity.saveUser(user);
      }
    }
  }

  private void syncGroup(String id, String name, Set<String> wanted) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null || !name.equals(group.getName())) {
      if (group == null) {
        group = identity.newGroup(id);
      }
      group.setName(name);
      group.setType(org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW);
      identity.saveGroup(group);
    }
    Set<String> target = wanted == null ? Set.of() : wanted;
    Set<String> current = new LinkedHashSet<>();
    identity.createUserQuery().memberOfGroup(id).list().forEach(u -> current.add(u.getId()));
    target.stream().filter(u -> !current.contains(u)).forEach(u -> identity.createMembership(u, id));
    current.stream().filter(u -> !target.contains(u)).forEach(u -> identity.deleteMembership(u, id));
  }

  private void syncGrants(List<Grant> grants) {
    Map<String, Grant> merged = new LinkedHashMap<>();
    for (Grant g : grants) {
      String key = g.groupId() + "|" + g.resource().resourceType() + "|" + g.resourceId();
      merged.merge(key, g, (a, b) -> new Grant(a.groupId(), a.resource(), a.resourceId(),
          List.copyOf(new LinkedHashSet<>(concat(a.permissions(), b.permissions())))));
    }
    for (Grant g : merged.values()) {
      Authorization auth = authorizations.createAuthorizationQuery()
          .groupIdIn(g.groupId())
          .resourceType(g.resource())
          .resourceId(g.resourceId())
          .authorizationType(Authorization.AUTH_TYPE_GRANT)
          .singleResult();
      boolean created = auth == null;
      if (created) {
        auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        auth.setGroupId(g.groupId());
        auth.setResource(g.resource());
        auth.setResourceId(g.resourceId());
      }
      if (!created && !exactly(auth, g.permissions())) {
        // a grant of an earlier version that gave more (or less) than now: replaced by exactly the current one
        authorizations.deleteAuthorization(auth.getId());
        auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        auth.setGroupId(g.groupId());
        auth.setResource(g.resource());
        auth.setResourceId(g.resourceId());
        created = true;
      }
      if (created) {
        g.permissions().forEach(auth::addPermission);
        authorizations.saveAuthorization(auth);
      }
    }
  }

  /** Whether the stored grant holds exactly these permissions (of Camunda's general ones and these). */
  private static boolean exactly(Authorization auth, List<Permission> permissions) {
    Set<String> wanted = permissions.stream().map(Permission::getName).collect(Collectors.toSet());
    Set<Permission> candidates = new LinkedHashSet<>(permissions);
    Stream.of(Permissions.values()).filter(p -> p != Permissions.ALL && p != Permissions.NONE).forEach(candidates::add);
    Set<String> held = Stream.of(auth.getPermissions(candidates.toArray(Permission[]::new)))
        .filter(p -> p != Permissions.ALL && p != Permissions.NONE).map(Permission::getName)
        .collect(Collectors.toSet());
    return held.equals(wanted);
  }

  private static List<Permission> concat(List<Permission> a, List<Permission> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
