package org.publicitydesk.organization.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.publicitydesk.organization.Role;
import org.publicitydesk.organization.internal.LeadingGroupMemberEntity.Position;
import org.publicitydesk.organization.internal.OrganizationFile.LeadingGroupDef;
import org.publicitydesk.organization.internal.OrganizationFile.PersonDef;
import org.publicitydesk.organization.internal.OrganizationFile.UnitDef;
import org.springframework.stereotype.Component;

/**
 * Writes a checked organisation file into the application's tables. Units and people missing from the file
 * become inactive (their history keeps its names); memberships are replaced as a whole.
 */
@Component
class OrganizationStore {

  private final UnitRepository units;
  private final PersonRepository people;
  private final MembershipRepository memberships;
  private final SubdistrictRepository subdistricts;
  private final LeadingGroupMemberRepository leadingGroup;

  OrganizationStore(UnitRepository units, PersonRepository people, MembershipRepository memberships,
      SubdistrictRepository subdistricts, LeadingGroupMemberRepository leadingGroup) {
    this.leadingGroup = leadingGroup;
    this.units = units;
    this.people = people;
    this.memberships = memberships;
    this.subdistricts = subdistricts;
  }

  /** Must run inside the caller's transaction, together with the identity sync. */
  void save(OrganizationFile file, String source) {
    SubdistrictEntity subdistrict = subdistricts.findById(SubdistrictEntity.ID).orElseGet(SubdistrictEntity::new);
    subdistrict.name = file.subdistrict();
    subdistrict.issuingOffice = file.issuingOffice();
    subdistrict.source = source;
    subdistrict.loadedAt = Instant.now();
    LeadingGroupDef group = file.leadingGroup();
    subdistrict.leadingGroupName = group == null ? null : group.name();
    subdistrict.leadingOfficeName = group == null || group.office() == null ? null : group.office().name();
    subdistrict.leadingOfficeUnit = group == null || group.office() == null ? null : group.office().unit();
    subdistricts.save(subdistrict);

    memberships.deleteAllInBatch();
    leadingGroup.deleteAllInBatch();
    saveUnits(file.units());
    savePeople(file.people());
    saveLeadingGroup(group);
    for (PersonDef p : file.people()) {
      for (Role role : p.roles()) {
        if (!role.belongsToUnit()) {
          continue;
        }
        for (String unitCode : p.units()) {
          MembershipEntity m = new MembershipEntity();
          m.personId = p.id();
          m.unitCode = unitCode;
          m.role = role;
          m.since = role == Role.INFORMANT ? p.since() : null;
          m.until = role == Role.INFORMANT ? p.until() : null;
          memberships.save(m);
        }
      }
    }
    // the directory reads the version by JDBC: it must find the new one
    subdistricts.flush();
    JpaOrganizationDirectory.forgetWhatWasRead();
  }

  private void saveLeadingGroup(LeadingGroupDef group) {
    if (group == null) {
      return;
    }
    List<Map.Entry<String, Position>> places = new ArrayList<>();
    places.add(Map.entry(group.leader(), Position.LEADER));
    group.deputyLeaders().forEach(id -> places.add(Map.entry(id, Position.DEPUTY)));
    group.members().forEach(id -> places.add(Map.entry(id, Position.MEMBER)));
    if (group.office() != null) {
      places.add(Map.entry(group.office().director(), Position.DIRECTOR));
      group.office().staff().forEach(id -> places.add(Map.entry(id, Position.STAFF)));
    }
    int order = 0;
    for (Map.Entry<String, Position> place : places) {
      LeadingGroupMemberEntity m = new LeadingGroupMemberEntity();
      m.personId = place.getKey();
      m.position = place.getValue();
      m.sortOrder = order++;
      leadingGroup.save(m);
    }
  }

  private void saveUnits(List<UnitDef> defs) {
    Set<String> inFile = new HashSet<>();
    int position = 0;
    for (UnitDef def : defs) {
      UnitEntity u = units.findById(def.code()).orElseGet(UnitEntity::new);
      u.code = def.code();
      u.name = def.name();
      u.kind = def.kind();
      u.supervisorId = def.supervisor();
      u.position = position++;
      u.active = true;
      units.save(u);
      inFile.add(def.code());
    }
    units.findAll().stream().filter(u -> !inFile.contains(u.code)).forEach(u -> u.active = false);
  }

  private void savePeople(List<PersonDef> defs) {
    Set<String> inFile = new HashSet<>();
    for (PersonDef def : defs) {
      PersonEntity p = people.findById(def.id()).orElseGet(PersonEntity::new);
      p.id = def.id();
      p.name = def.name();
      p.email = def.email();
      p.roles = def.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
      p.active = true;
      people.save(p);
      inFile.add(def.id());
    }
    people.findAll().stream().filter(p -> !inFile.contains(p.id)).forEach(p -> p.active = false);
  }
}
