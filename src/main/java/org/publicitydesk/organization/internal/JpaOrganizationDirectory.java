package org.publicitydesk.organization.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link OrganizationDirectory} over the application's organisation tables. */
@Service
@Transactional(readOnly = true)
class JpaOrganizationDirectory implements OrganizationDirectory {

  private static final Object VERSION = JpaOrganizationDirectory.class.getName() + ".version";

  private volatile Snapshot snapshot = new Snapshot(Instant.MIN);

  private final UnitRepository units;
  private final PersonRepository people;
  private final MembershipRepository memberships;
  private final SubdistrictRepository subdistricts;
  private final LeadingGroupMemberRepository leadingGroup;
  private final EntityManager entities;
  private final JdbcClient jdbc;

  JpaOrganizationDirectory(UnitRepository units, PersonRepository people, MembershipRepository memberships,
      SubdistrictRepository subdistricts, LeadingGroupMemberRepository leadingGroup, EntityManager entities,
      JdbcClient jdbc) {
    this.entities = entities;
    this.jdbc = jdbc;
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
    Snapshot known = current();
    if (known == null) {
      return readUnits();
    }
    List<UnitInfo> all = known.all;
    if (all == null) {
      all = readUnits();
      known.all = all;
    }
    return all;
  }

  private List<UnitInfo> readUnits() {
    Map<String, PersonEntity> names = people.findAll().stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    Map<String, List<MembershipEntity>> byUnit = memberships.findAllByOrderByUnitCodeAscPersonIdAsc().stream()
        .collect(Collectors.groupingBy(m -> m.unitCode));
    return units.findByActiveTrueOrderByPosition().stream()
        .map(u -> toInfo(u, byUnit.getOrDefault(u.code, List.of()), names))
        .toList();
  }

  @Override
  public Optional<UnitInfo> unit(String code) {
    // one unit, its members and their names: asked for per row of an import, per process start, per adoption and per
    // booked line, so it must not read the whole organisation (issue 17), and is kept until the organisation changes
    if (code == null) {
      return Optional.empty();
    }
    Snapshot known = current();
    if (known == null) {
      return readUnit(code);
    }
    Optional<UnitInfo> unit = known.units.get(code);
    if (unit == null) {
      unit = readUnit(code);
      known.units.putIfAbsent(code, unit);
    }
    return unit;
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
   * The organisation as read at one version of it: the time it was last loaded ({@code pd_subdistrict.loaded_at}),
   * which every change sets ({@link OrganizationStore#save}). Units and informants read at that version are kept
   * until a transaction sees another one: each transaction asks the database for the version once (one small
   * query instead of a unit's three, several times per article), so a change made by another node of a cluster is
   * seen by the next transaction as well. Whatever is kept is immutable.
   */
  private static final class Snapshot {
    final Instant version;
    final Map<String, Optional<UnitInfo>> units = new ConcurrentHashMap<>();
    final Map<String, List<Membership>> informants = new ConcurrentHashMap<>();
    volatile List<UnitInfo> all;

    Snapshot(Instant version) {
      this.version = version;
    }
  }

  /** The snapshot of the version this transaction sees; null before an organisation was ever loaded. */
  private Snapshot current() {
    Instant version = version();
    if (Instant.MIN.equals(version)) {
      return null;
    }
    Snapshot known = snapshot;
    if (!version.equals(known.version)) {
      known = new Snapshot(version);
      snapshot = known;
    }
    return known;
  }

  /**
   * The organisation's version, asked once per transaction (the organisation does not change under a step, and a
   * step asks for several units and informants); {@link #forgetWhatWasRead} after a change. Outside a transaction
   * it is asked every time.
   */
  private Instant version() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return readVersion();
    }
    Instant version = (Instant) TransactionSynchronizationManager.getResource(VERSION);
    if (version == null) {
      version = readVersion();
      TransactionSynchronizationManager.bindResource(VERSION, version);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(VERSION);
        }
      });
    }
    return version;
  }

  /**
   * The time the organisation was last loaded, by plain JDBC: it is read once per transaction, at most steps, and a
   * repository query cost several times its statement there (issue 17). It is only ever compared with itself, and the
   * one writer ({@link OrganizationStore}) flushes before it asks again.
   */
  private Instant readVersion() {
    return jdbc.sql("select loaded_at from pd_subdistrict where id = ?").param(SubdistrictEntity.ID)
        .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant).orElse(Instant.MIN);
  }

  /** Called by whatever changes the organisation: the rest of its transaction asks for the version again. */
  static void forgetWhatWasRead() {
    TransactionSynchronizationManager.unbindResourceIfPossible(VERSION);
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
    Snapshot known = current();
    List<Membership> informant = known == null ? null : known.informants.get(userId);
    if (informant == null) {
      informant = memberships.findByPersonId(userId).stream().filter(m -> m.role == Role.INFORMANT)
          .map(m -> new Membership(m.unitCode, toMember(m, null))).toList();
      if (known != null) {
        known.informants.putIfAbsent(userId, informant);
      }
    }
    return informant.stream().filter(m -> m.member().activeOn(day)).map(Membership::unitCode)
        .collect(Collectors.collectingAndThen(Collectors.toCollection(java.util.TreeSet::new),
            java.util.Collections::unmodifiableSortedSet));
  }

  private record Membership(String unitCode, Member member) {
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
