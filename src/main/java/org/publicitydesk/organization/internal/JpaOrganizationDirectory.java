package org.publicitydesk.organization.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link OrganizationDirectory} over the application's organisation tables. */
@Service
@Transactional(readOnly = true)
class JpaOrganizationDirectory implements OrganizationDirectory {

  private static final Object READ = JpaOrganizationDirectory.class.getName() + ".read";

  private final UnitRepository units;
  private final PersonRepository people;
  private final MembershipRepository memberships;
  private final SubdistrictRepository subdistricts;
  private final LeadingGroupMemberRepository leadingGroup;
  private final EntityManager entities;

  JpaOrganizationDirectory(UnitRepository units, PersonRepository people, MembershipRepository memberships,
      SubdistrictRepository subdistricts, LeadingGroupMemberRepository leadingGroup, EntityManager entities) {
    this.entities = entities;
    this.leadingGroup = leadingGroup;
    this.units = units;
    this.people = people;
    this.memberships = memberships;
    this.subdistricts = subdistricts;
  }

  @Override
  public String subdistrictName() {
    return subdistricts.findById(SubdistrictEntity.ID).map(s -> s.name).orElse("");
  }

  @Override
  public String issuingOffice() {
    return subdistricts.findById(SubdistrictEntity.ID).map(s -> s.issuingOffice).orElse("");
  }

  @Override
  public Optional<LeadingGroup> leadingGroup() {
    SubdistrictEntity s = subdistricts.findById(SubdistrictEntity.ID).orElse(null);
    if (s == null || s.leadingGroupName == null) {
      return Optional.empty();
    }
    List<LeadingGroupMemberEntity> all = leadingGroup.findAllByOrderBySortOrder();
    Map<String, String> names = people.findAllById(all.stream().map(m -> m.personId).distinct().toList()).stream()
        .collect(Collectors.toMap(p -> p.id, p -> p.name));
    Function<LeadingGroupMemberEntity.Position, List<Named>> at = position -> all.stream()
        .filter(m -> m.position == position).map(m -> new Named(m.personId, names.getOrDefault(m.personId, m.personId)))
        .toList();
    Office office = null;
    if (s.leadingOfficeUnit != null) {
      String unitName = "editorial".equals(s.leadingOfficeUnit) ? "政工科"
          : units.findById(s.leadingOfficeUnit).map(u -> u.name).orElse(s.leadingOfficeUnit);
      String name = s.leadingOfficeName == null ? s.leadingGroupName + "办公室" : s.leadingOfficeName;
      office = new Office(name, s.leadingOfficeUnit, unitName,
          at.apply(LeadingGroupMemberEntity.Position.DIRECTOR).stream().findFirst().orElse(null),
          at.apply(LeadingGroupMemberEntity.Position.STAFF));
    }
    return Optional.of(new LeadingGroup(s.leadingGroupName,
        at.apply(LeadingGroupMemberEntity.Position.LEADER).stream().findFirst().orElse(null),
        at.apply(LeadingGroupMemberEntity.Position.DEPUTY), at.apply(LeadingGroupMemberEntity.Position.MEMBER), office));
  }

  @Override
  public List<UnitInfo> units() {
    Map<String, PersonEntity> names = people.findAll().stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    Map<String, List<MembershipEntity>> byUnit = memberships.findAllByOrderByUnitCodeAscPersonIdAsc().stream()
        .collect(Collectors.groupingBy(m -> m.unitCode));
    return units.findByActiveTrueOrderByPosition().stream()
        .map(u -> toInfo(u, byUnit.getOrDefault(u.code, List.of()), names))
        .toList();
  }

  @Override
  public Optional<UnitInfo> unit(String code) {
    // one unit, its members and their names: asked for per row of an import and per process start, so it must not
    // read the whole organisation (a 1,000-unit organisation made an import of 8,000 records take minutes); read
    // once per transaction (a submission asks for its unit three times, an adoption twice: issue 17)
    if (code == null) {
      return Optional.empty();
    }
    return readOnce("unit:" + code, () -> readUnit(code));
  }

  private Optional<UnitInfo> readUnit(String code) {
    return units.findById(code).filter(u -> u.active).map(u -> {
      List<MembershipEntity> members = memberships.findByUnitCodeOrderByPersonIdAsc(code);
      Map<String, PersonEntity> names = people.findAllById(members.stream().map(m -> m.personId).distinct().toList())
          .stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
      return toInfo(u, members, names);
    });
  }

  /**
   * What this transaction has read of the organisation already, by key (a unit, a person's memberships): a step
   * asks for the same unit or informant several times, and the organisation does not change under it.
   * {@link #forgetWhatWasRead} after a change; outside a transaction it reads every time.
   */
  @SuppressWarnings("unchecked")
  private static <T> T readOnce(String key, java.util.function.Supplier<T> read) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return read.get();
    }
    Map<String, Object> known = (Map<String, Object>) TransactionSynchronizationManager.getResource(READ);
    if (known == null) {
      known = new HashMap<>();
      TransactionSynchronizationManager.bindResource(READ, known);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(READ);
        }
      });
    }
    T value = (T) known.get(key);
    if (value == null) {
      value = read.get();
      known.put(key, value);
    }
    return value;
  }

  /** Called by whatever changes the organisation: the rest of its transaction reads it again. */
  static void forgetWhatWasRead() {
    if (TransactionSynchronizationManager.getResource(READ) instanceof Map<?, ?> known) {
      known.clear();
    }
  }

  @Override
  public List<PersonInfo> people() {
    // all memberships in one query, not one per person (the review forms ask for every name at each task)
    Map<String, List<String>> unitsByPerson = memberships.findAllByOrderByUnitCodeAscPersonIdAsc().stream()
        .collect(Collectors.groupingBy(m -> m.personId,
            Collectors.mapping(m -> m.unitCode, Collectors.collectingAndThen(Collectors.toList(),
                l -> l.stream().distinct().toList()))));
    return people.findByActiveTrueOrderById().stream()
        .map(p -> new PersonInfo(p.id, p.name, p.email, roles(p.roles), unitsByPerson.getOrDefault(p.id, List.of())))
        .toList();
  }

  @Override
  public Optional<PersonInfo> person(String id) {
    return people.findById(id).filter(p -> p.active).map(this::toInfo);
  }

  @Override
  public Map<String, String> names(java.util.Collection<String> ids) {
    // people this transaction has loaded already (a unit's members) come from the persistence context, the rest in
    // one query
    return entities.unwrap(Session.class).byMultipleIds(PersonEntity.class).enableSessionCheck(true)
        .multiLoad(ids.stream().filter(java.util.Objects::nonNull).distinct().toList()).stream()
        .filter(java.util.Objects::nonNull).collect(Collectors.toMap(p -> p.id, p -> p.name));
  }

  @Override
  public Set<String> informantUnits(String userId, LocalDate day) {
    return readOnce("informant:" + userId + ":" + day, () -> informantUnitsRead(userId, day));
  }

  private Set<String> informantUnitsRead(String userId, LocalDate day) {
    return memberships.findByPersonId(userId).stream()
        .filter(m -> m.role == Role.INFORMANT)
        .filter(m -> toMember(m, null).activeOn(day))
        .map(m -> m.unitCode)
        .collect(Collectors.collectingAndThen(Collectors.toCollection(java.util.TreeSet::new),
            java.util.Collections::unmodifiableSortedSet));
  }

  private UnitInfo toInfo(UnitEntity u, List<MembershipEntity> members, Map<String, PersonEntity> names) {
    List<Member> heads = members.stream().filter(m -> m.role == Role.UNIT_HEAD).map(m -> toMember(m, names)).toList();
    List<Member> informants = members.stream().filter(m -> m.role == Role.INFORMANT).map(m -> toMember(m, names))
        .toList();
    return new UnitInfo(u.code, u.name, u.kind, u.supervisorId, heads, informants);
  }

  private Member toMember(MembershipEntity m, Map<String, PersonEntity> names) {
    String name = names == null || !names.containsKey(m.personId) ? m.personId : names.get(m.personId).name;
    return new Member(m.personId, name, m.role, m.since, m.until);
  }

  private PersonInfo toInfo(PersonEntity p) {
    List<String> unitCodes = memberships.findByPersonId(p.id).stream().map(m -> m.unitCode).distinct().toList();
    return new PersonInfo(p.id, p.name, p.email, roles(p.roles), unitCodes);
  }

  static Set<Role> roles(String csv) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
    return roles;
  }
}
