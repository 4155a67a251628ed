package org.publicitydesk.organization.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.publicitydesk.organization.Role;
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

  OrganizationStore(UnitRepository units, PersonRepository people, MembershipRepository memberships,
      SubdistrictRepository subdistricts) {
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
    subdistricts.save(subdistrict);

    memberships.deleteAllInBatch();
    saveUnits(file.units());
    savePeople(file.people());
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
