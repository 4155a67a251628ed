package org.publicitydesk.review.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.security.EngineAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 代理 (issue 16): a head or leader names a deputy for a date range; review tasks that arrive in that range while every
 * candidate is away go to a deputy ({@link DeputyAssignment}), and the decision is recorded "代" the absent person. A
 * deputy holds a role at the same level or above — for a head, another head of the unit or its supervising leader; for
 * a supervising or principal leader, another leader — never an informant.
 */
@Component
@Transactional
class Deputies {

  record Deputy(String userId, String deputy, LocalDate from, LocalDate until) {

    boolean activeOn(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(until);
    }
  }

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final EngineAccess engine;
  private final OrganizationDirectory directory;
  private final BusinessClock clock;

  Deputies(JdbcTemplate jdbc, IdentityService identity, EngineAccess engine, OrganizationDirectory directory,
      BusinessClock clock) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.engine = engine;
    this.directory = directory;
    this.clock = clock;
  }

  Deputy set(String userId, String deputy, LocalDate from, LocalDate until, String setBy) {
    if (directory.person(userId).isEmpty()) {
      throw new SubmissionRejected("userId 人员", "没有 " + userId + " 这个人");
    }
    if (deputy == null || directory.person(deputy).isEmpty()) {
      throw new SubmissionRejected("deputy 代理人", "请从名单中选择代理人(没有 " + deputy + " 这个人)");
    }
    if (from == null || until == null || until.isBefore(from)) {
      throw new SubmissionRejected("from/until 代理期间", "请填写开始和结束日期,结束不早于开始");
    }
    if (until.isBefore(clock.today())) {
      throw new SubmissionRejected("until 代理期间", "代理期间已经结束");
    }
    String refusal = mayStandIn(userId, deputy);
    if (refusal != null) {
      throw new SubmissionRejected("deputy 代理人", refusal);
    }
    jdbc.update("delete from pd_deputy where user_id = ?", userId);
    jdbc.update("insert into pd_deputy (user_id, deputy, from_date, until_date, set_by, set_at) values (?, ?, ?, ?, ?, ?)",
        userId, deputy, Date.valueOf(from), Date.valueOf(until), setBy, java.sql.Timestamp.from(clock.now().toInstant()));
    return new Deputy(userId, deputy, from, until);
  }

  void clear(String userId) {
    jdbc.update("delete from pd_deputy where user_id = ?", userId);
  }

  @Transactional(readOnly = true)
  Optional<Deputy> of(String userId) {
    return jdbc.query("select user_id, deputy, from_date, until_date from pd_deputy where user_id = ?",
        (rs, i) -> new Deputy(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
            rs.getDate(4).toLocalDate()), userId).stream().findFirst();
  }

  /** Every deputy setting, by the absent person. */
  @Transactional(readOnly = true)
  java.util.Map<String, Deputy> all() {
    return jdbc.query("select user_id, deputy, from_date, until_date from pd_deputy", (rs, i) -> new Deputy(
        rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate())).stream()
        .collect(Collectors.toMap(Deputy::userId, d -> d));
  }

  /** The people who may stand in for {@code userId} (those {@link #mayStandIn} accepts), in the organisation's order. */
  @Transactional(readOnly = true)
  List<String> candidates(String userId) {
    return directory.people().stream().map(OrganizationDirectory.PersonInfo::id)
        .filter(p -> !p.equals(userId) && mayStandIn(userId, p) == null).toList();
  }

  /** Whether anybody has a deputy today: one query, so a review task costs nothing more while nobody is away. */
  @Transactional(readOnly = true)
  boolean anyActive() {
    java.sql.Date today = Date.valueOf(clock.today());
    return jdbc.queryForObject("select count(*) from pd_deputy where from_date <= ? and until_date >= ?", Integer.class,
        today, today) > 0;
  }

  /** The deputy standing in for {@code userId} today, if any. */
  @Transactional(readOnly = true)
  Optional<String> activeFor(String userId) {
    LocalDate today = clock.today();
    return of(userId).filter(d -> d.activeOn(today)).map(Deputy::deputy);
  }

  /** Null when {@code deputy} may stand in for {@code userId}, else why not (in Chinese). */
  String mayStandIn(String userId, String deputy) {
    if (userId.equals(deputy)) {
      return "不能指定自己为代理人";
    }
    Set<String> absent = groups(userId);
    Set<String> stand = groups(deputy);
    boolean leader = absent.contains(Groups.SUPERVISORS) || absent.contains(Groups.PRINCIPALS);
    if (leader) {
      return stand.contains(Groups.SUPERVISORS) || stand.contains(Groups.PRINCIPALS) ? null
          : "领导的代理人须是另一位街道领导";
    }
    List<String> headOf = absent.stream().filter(g -> g.endsWith("-head") && Groups.isUnitGroup(g)).toList();
    if (headOf.isEmpty()) {
      return "只有单位负责人和街道领导可以设置代理人";
    }
    for (String headGroup : headOf) {
      String unit = headGroup.substring("unit-".length(), headGroup.length() - "-head".length());
      if (stand.contains(headGroup) || stand.contains(Groups.unitSupervisor(unit))) {
        return null;
      }
    }
    return "单位负责人的代理人须是本单位另一位负责人或本单位的分管领导";
  }

  void markTask(String taskId, String absent, String deputy) {
    jdbc.update("insert into pd_task_deputy (task_id, absent, deputy) values (?, ?, ?)", taskId, absent, deputy);
  }

  /** The absent reviewer for whom {@code actor} completes this task as deputy, if it went to a deputy. */
  @Transactional(readOnly = true)
  Optional<String> absentFor(String taskId, String actor) {
    return jdbc.queryForList("select absent from pd_task_deputy where task_id = ? and deputy = ?", String.class, taskId,
        actor).stream().findFirst();
  }

  Set<String> groups(String userId) {
    return engine.asSystem(() -> identity.createGroupQuery().groupMember(userId).list()).stream().map(Group::getId)
        .collect(Collectors.toSet());
  }

  List<String> members(String groupId) {
    return engine.asSystem(() -> identity.createUserQuery().memberOfGroup(groupId).list()).stream()
        .map(org.camunda.bpm.engine.identity.User::getId).sorted().toList();
  }
}
