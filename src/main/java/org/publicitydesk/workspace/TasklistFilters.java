package org.publicitydesk.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters per role, created or updated whenever the organisation is loaded, each readable by the groups
 * it is for. Idempotent by filter name.
 */
@Component
class TasklistFilters {

  static final String UNIT_FILTER_PREFIX = "本单位待办 · ";

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final OrganizationDirectory directory;

  TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations,
      OrganizationDirectory directory) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.directory = directory;
  }

  record FilterSpec(String name, String description, int priority, TaskQuery query, List<String> groups) {
  }

  @EventListener
  void onOrganizationLoaded(OrganizationLoaded event) {
    List<FilterSpec> specs = specs();
    specs.forEach(this::save);
    List<String> wanted = specs.stream().map(FilterSpec::name).toList();
    filters.createFilterQuery().list().stream()
        .filter(f -> f.getName().startsWith(UNIT_FILTER_PREFIX) && !wanted.contains(f.getName()))
        .forEach(f -> filters.deleteFilter(f.getId()));
  }

  List<FilterSpec> specs() {
    List<FilterSpec> specs = new ArrayList<>();
    specs.add(new FilterSpec("我的待办", "已认领、由我办理的任务", -10,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), List.of(Groups.STAFF)));
    // by the signed-in user's groups, which the session holds: asked by candidate user, Camunda reads the user's
    // groups with an authorization join at every refresh (a quarter of the 09:15 rush's CPU at 1,000 units, issue
    // 17); the processes name candidate groups only, so both find the same tasks
    specs.add(new FilterSpec("待我审核", "我作为审核人(单位负责人、分管领导、主要领导)可以认领的任务", -9,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        List.of(Groups.UNIT_HEADS, Groups.SUPERVISORS, Groups.PRINCIPALS)));
    specs.add(new FilterSpec("编辑部待办", "政工科(编辑部)的受理、编发和采用登记任务", -8,
        tasks.createTaskQuery().taskCandidateGroup(Groups.EDITORIAL).includeAssignedTasks(),
        List.of(Groups.EDITORIAL)));
    for (OrganizationDirectory.UnitInfo unit : directory.units()) {
      specs.add(new FilterSpec(UNIT_FILTER_PREFIX + unit.name(), unit.name() + "的全部在办任务", 0,
          tasks.createTaskQuery().processVariableValueEquals("unitCode", unit.code()),
          List.of(Groups.unit(unit.code()))));
    }
    specs.add(new FilterSpec("全部待办", "全街道所有在办任务", 10, tasks.createTaskQuery(),
        List.of(Groups.EDITORIAL, Groups.PRINCIPALS)));
    return specs;
  }

  private void save(FilterSpec spec) {
    Filter filter = filters.createFilterQuery().filterName(spec.name()).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(spec.name());
    }
    filter.setQuery(spec.query());
    filter.setProperties(properties(spec));
    filters.saveFilter(filter);
    for (String group : spec.groups()) {
      boolean granted = authorizations.createAuthorizationQuery().groupIdIn(group)
          .resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
      if (!granted) {
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(group);
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
      }
    }
  }

  private static Map<String, Object> properties(FilterSpec spec) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", spec.description());
    properties.put("priority", spec.priority());
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    // the gist first (the title without the usual 单位+日期+工作信息 prefix): a narrow card cuts the end of a line off
    properties.put("variables", List.of(
        Map.of("name", "titleGist", "label", "要点"),
        Map.of("name", "title", "label", "标题"),
        Map.of("name", "unitName", "label", "单位"),
        Map.of("name", "informantName", "label", "信息员")));
    return properties;
  }
}
