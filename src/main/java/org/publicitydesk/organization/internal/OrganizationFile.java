package org.publicitydesk.organization.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.publicitydesk.organization.Role;
import org.publicitydesk.organization.UnitKind;

/** The organisation file as read and checked by {@link OrganizationFileParser}; {@code line} is 1-based. */
record OrganizationFile(String subdistrict, String issuingOffice, String initialPassword,
    List<UnitDef> units, List<PersonDef> people) {

  record UnitDef(String code, String name, UnitKind kind, String supervisor, int line) {
  }

  record PersonDef(String id, String name, String email, Set<Role> roles, List<String> units,
      LocalDate since, LocalDate until, int line) {

    boolean has(Role role) {
      return roles.contains(role);
    }
  }
}
