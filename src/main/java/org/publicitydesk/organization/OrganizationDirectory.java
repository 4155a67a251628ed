package org.publicitydesk.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Read access to the organisation as last loaded (R12); other modules ask this, never the tables. */
public interface OrganizationDirectory {

  String subdistrictName();

  /** The office that signs circulars (通报). */
  String issuingOffice();

  /** Active units in the order of the organisation file. */
  List<UnitInfo> units();

  Optional<UnitInfo> unit(String code);

  List<PersonInfo> people();

  Optional<PersonInfo> person(String id);

  /** Names of the given people (also of those no longer active), by id; unknown ids are left out. One query. */
  java.util.Map<String, String> names(java.util.Collection<String> ids);

  /** Units in which the user is an informant on the given day. */
  Set<String> informantUnits(String userId, LocalDate day);

  /** The leading group (领导小组) and its office (R12), when the organisation file has one. */
  Optional<LeadingGroup> leadingGroup();

  /** A unit as loaded: who heads it, who supervises it, who writes for it. */
  record UnitInfo(String code, String name, UnitKind kind, String supervisorId, List<Member> heads,
      List<Member> informants) {

    /** Who heads the unit on that day (ids). */
    public List<String> headsOn(LocalDate day) {
      return heads.stream().filter(m -> m.activeOn(day)).map(Member::personId).toList();
    }

    /** Who writes for the unit on that day (ids). */
    public List<String> informantsOn(LocalDate day) {
      return informants.stream().filter(m -> m.activeOn(day)).map(Member::personId).toList();
    }
  }

  /** A person's membership of a unit in one role; {@code until} is null while it lasts. */
  record Member(String personId, String name, Role role, LocalDate since, LocalDate until) {

    public boolean activeOn(LocalDate day) {
      return (since == null || !day.isBefore(since)) && (until == null || !day.isAfter(until));
    }
  }

  /** Someone named in the leading group: id and name. */
  record Named(String id, String name) {
  }

  /** The leading group: leader (组长), deputy leaders (副组长), members (成员), and its office. */
  record LeadingGroup(String name, Named leader, List<Named> deputyLeaders, List<Named> members, Office office) {
  }

  /**
   * The leading group's office (领导小组办公室): its name, where it sits ({@code unit}: {@code editorial} for the editorial
   * office 政工科, or a unit code; {@code unitName} in words), its director and staff, who run the daily work.
   */
  record Office(String name, String unit, String unitName, Named director, List<Named> staff) {
  }

  record PersonInfo(String id, String name, String email, Set<Role> roles, List<String> units) {
  }
}
