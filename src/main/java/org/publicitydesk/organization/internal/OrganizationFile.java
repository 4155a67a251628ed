package org.publicitydesk.organization.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.publicitydesk.organization.Role;
import org.publicitydesk.organization.UnitKind;

/** The organisation file as read and checked by {@link OrganizationFileParser}; {@code line} is 1-based. */
record OrganizationFile(String subdistrict, String issuingOffice, String initialPassword,
    List<UnitDef> units, List<PersonDef> people, LeadingGroupDef leadingGroup) {

  OrganizationFile(String subdistrict, String issuingOffice, String initialPassword, List<UnitDef> units,
      List<PersonDef> people) {
    this(subdistrict, issuingOffice, initialPassword, units, people, null);
  }

  /** The leading group (领导小组, R12) and its office; optional in the file (null when absent). */
  record LeadingGroupDef(String name, String leader, List<String> deputyLeaders, List<String> members,
      OfficeDef office, int line) {
  }

  /**
   * The leading group's office: where it sits ({@code unit}: {@link #EDITORIAL} for the editorial office 政工科, or a
   * unit code), its director and staff, who run the daily work.
   */
  record OfficeDef(String name, String unit, String director, List<String> staff, int line) {

    static final String EDITORIAL = "editorial";
  }

  record UnitDef(String code, String name, UnitKind kind, String supervisor, int line) {
  }

  record PersonDef(String id, String name, String email, Set<Role> roles, List<String> units,
      LocalDate since, LocalDate until, int line) {

    boolean has(Role role) {
      return roles.contains(role);
    }
  }
}
