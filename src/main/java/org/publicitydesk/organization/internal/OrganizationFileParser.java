package org.publicitydesk.organization.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.publicitydesk.organization.Role;
import org.publicitydesk.organization.UnitKind;
import org.publicitydesk.organization.internal.OrganizationFile.LeadingGroupDef;
import org.publicitydesk.organization.internal.OrganizationFile.OfficeDef;
import org.publicitydesk.organization.internal.OrganizationFile.PersonDef;
import org.publicitydesk.organization.internal.OrganizationFile.UnitDef;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the organisation file (YAML) and checks it as a whole (R12): every fault is reported with its line,
 * and a file with any fault is refused. Works on SnakeYAML's node tree so that each value keeps its line.
 */
final class OrganizationFileParser {

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

  private final String source;
  private final List<String> faults = new ArrayList<>();

  private OrganizationFileParser(String source) {
    this.source = source;
  }

  static OrganizationFile parse(Reader reader, String source) {
    return new OrganizationFileParser(source).read(reader);
  }

  private OrganizationFile read(Reader reader) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new OrganizationFileException(source, List.of(at(line, "不是合法的 YAML (not valid YAML): " + e.getProblem())));
    }
    if (!(root instanceof MappingNode top)) {
      throw new OrganizationFileException(source, List.of("文件为空或不是键值结构 (the file must be a YAML mapping)"));
    }
    Map<String, Node> fields = fields(top, Set.of("subdistrict", "issuingOffice", "initialPassword", "units", "people",
        "leadingGroup"));
    String subdistrict = requiredText(fields, "subdistrict", top);
    String issuingOffice = optionalText(fields, "issuingOffice");
    String initialPassword = optionalText(fields, "initialPassword");
    List<UnitDef> units = list(fields.get("units"), "units", top).stream().map(this::unit).toList();
    List<PersonDef> people = list(fields.get("people"), "people", top).stream().map(this::person).toList();
    checkReferences(units, people);
    LeadingGroupDef group = fields.containsKey("leadingGroup") ? leadingGroup(fields.get("leadingGroup")) : null;
    if (group != null) {
      checkLeadingGroup(group, units, people);
    }
    if (!faults.isEmpty()) {
      throw new OrganizationFileException(source, faults);
    }
    return new OrganizationFile(subdistrict, issuingOffice == null ? subdistrict : issuingOffice, initialPassword,
        units, people, group);
  }

  private LeadingGroupDef leadingGroup(Node node) {
    Map<String, Node> f = fields(node, Set.of("name", "leader", "deputyLeaders", "members", "office"));
    String name = optionalText(f, "name");
    String leader = requiredText(f, "leader", node);
    OfficeDef office = null;
    if (f.get("office") == null) {
      fault(node, "领导小组缺少 'office'(领导小组办公室) (missing field 'office')");
    } else {
      Node o = f.get("office");
      Map<String, Node> of = fields(o, Set.of("name", "unit", "director", "staff"));
      String unit = optionalText(of, "unit");
      office = new OfficeDef(optionalText(of, "name"), unit == null ? OfficeDef.EDITORIAL : unit,
          requiredText(of, "director", o), ids(of.get("staff"), "staff"), line(o));
    }
    return new LeadingGroupDef(name == null ? "宣传信息工作领导小组" : name, leader, ids(f.get("deputyLeaders"), "deputyLeaders"),
        ids(f.get("members"), "members"), office, line(node));
  }

  private List<String> ids(Node node, String name) {
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof SequenceNode seq)) {
      fault(node, "'" + name + "' 应为账号列表 (expected a list of person ids)");
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    seq.getValue().forEach(n -> {
      String id = scalar(n, name);
      if (id != null && !id.isBlank()) {
        ids.add(id.strip());
      }
    });
    return ids;
  }

  /**
   * Everybody named in the leading group exists, is named once among leader, deputies and members, and the office
   * sits in the editorial office (its people have role EDITOR) or in a unit of the file (its people belong to it).
   */
  private void checkLeadingGroup(LeadingGroupDef group, List<UnitDef> units, List<PersonDef> people) {
    Map<String, PersonDef> byId = new HashMap<>();
    people.forEach(p -> byId.putIfAbsent(p.id(), p));
    Map<String, String> named = new LinkedHashMap<>();
    List<Map.Entry<String, String>> positions = new ArrayList<>();
    if (group.leader() != null) {
      positions.add(Map.entry(group.leader(), "组长"));
    }
    group.deputyLeaders().forEach(id -> positions.add(Map.entry(id, "副组长")));
    group.members().forEach(id -> positions.add(Map.entry(id, "成员")));
    for (Map.Entry<String, String> p : positions) {
      String id = p.getKey();
      if (!byId.containsKey(id)) {
        fault(group.line(), "领导小组" + p.getValue() + " " + id + " 不在 people 中 (unknown person in the leading group)");
      } else if (named.putIfAbsent(id, p.getValue()) != null) {
        fault(group.line(), "领导小组中 " + id + " 出现了不止一次(已是" + named.get(id)
            + ") (person named twice in the leading group)");
      }
    }
    OfficeDef office = group.office();
    if (office == null) {
      return;
    }
    boolean editorial = OfficeDef.EDITORIAL.equals(office.unit());
    if (!editorial && units.stream().noneMatch(u -> office.unit().equals(u.code()))) {
      fault(office.line(), "领导小组办公室所在单位 '" + office.unit() + "' 不存在,应为 editorial(政工科)或单位代码"
          + " (unknown unit of the leading group's office)");
      return;
    }
    List<String> officePeople = new ArrayList<>();
    if (office.director() != null) {
      officePeople.add(office.director());
    }
    officePeople.addAll(office.staff());
    Set<String> once = new java.util.HashSet<>();
    for (String id : officePeople) {
      PersonDef person = byId.get(id);
      String position = id.equals(office.director()) ? "主任" : "工作人员";
      if (person == null) {
        fault(office.line(), "领导小组办公室" + position + " " + id + " 不在 people 中 (unknown person in the office)");
      } else if (!once.add(id)) {
        fault(office.line(), "领导小组办公室中 " + id + " 出现了不止一次 (person named twice in the office)");
      } else if (editorial && !person.has(Role.EDITOR)) {
        fault(office.line(), "领导小组办公室设在政工科,其" + position + " " + id
            + " 应有 EDITOR 角色 (office people must be editorial staff)");
      } else if (!editorial && !person.units().contains(office.unit())) {
        fault(office.line(), "领导小组办公室设在 " + office.unit() + ",其" + position + " " + id
            + " 不属于该单位 (office people must belong to its unit)");
      }
    }
  }

  private UnitDef unit(Node node) {
    Map<String, Node> f = fields(node, Set.of("code", "name", "kind", "supervisor"));
    String code = requiredText(f, "code", node);
    if (code != null && !CODE.matcher(code).matches()) {
      fault(node, "单位代码 '" + code + "' 只能由小写字母、数字和 '-' 组成 (unit code: a-z, 0-9, '-')");
    }
    String kind = requiredText(f, "kind", node);
    UnitKind unitKind = null;
    if (kind != null) {
      try {
        unitKind = UnitKind.valueOf(kind);
      } catch (IllegalArgumentException e) {
        fault(f.get("kind"), "单位类型 '" + kind + "' 无效,应为 DEPARTMENT 或 COMMUNITY (unknown unit kind)");
      }
    }
    return new UnitDef(code, requiredText(f, "name", node), unitKind, requiredText(f, "supervisor", node), line(node));
  }

  private PersonDef person(Node node) {
    Map<String, Node> f = fields(node, Set.of("id", "name", "email", "roles", "unit", "since", "until"));
    String id = requiredText(f, "id", node);
    if (id != null && !LOGIN.matcher(id).matches()) {
      fault(node, "账号 '" + id + "' 只能由字母、数字和 . _ - 组成 (login id: letters, digits, . _ -)");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Node r : f.containsKey("roles") ? list(f.get("roles"), "roles", node) : List.<Node>of()) {
      String value = scalar(r, "roles");
      try {
        roles.add(Role.valueOf(value));
      } catch (IllegalArgumentException e) {
        fault(r, "角色 '" + value + "' 无效,应为 INFORMANT、UNIT_HEAD、SUPERVISOR、PRINCIPAL 或 EDITOR (unknown role)");
      }
    }
    if (roles.isEmpty() && f.containsKey("roles")) {
      fault(node, "人员 " + id + " 没有角色 (no role)");
    } else if (!f.containsKey("roles")) {
      fault(node, "人员 " + id + " 缺少 'roles' (missing field 'roles')");
    }
    List<String> units = new ArrayList<>();
    Node unitNode = f.get("unit");
    if (unitNode instanceof SequenceNode seq) {
      seq.getValue().forEach(u -> units.add(scalar(u, "unit")));
    } else if (unitNode != null) {
      units.add(scalar(unitNode, "unit"));
    }
    LocalDate since = date(f.get("since"));
    LocalDate until = date(f.get("until"));
    if (since != null && until != null && until.isBefore(since)) {
      fault(f.get("until"), "人员 " + id + " 的 until (" + until + ") 早于 since (" + since + ") (until before since)");
    }
    return new PersonDef(id, requiredText(f, "name", node), optionalText(f, "email"), roles, units, since, until,
        line(node));
  }

  private void checkReferences(List<UnitDef> units, List<PersonDef> people) {
    Map<String, UnitDef> unitsByCode = new HashMap<>();
    for (UnitDef u : units) {
      if (u.code() != null && unitsByCode.putIfAbsent(u.code(), u) != null) {
        fault(u.line(), "单位代码 " + u.code() + " 重复,第 " + unitsByCode.get(u.code()).line()
            + " 行已定义 (duplicate unit code)");
      }
    }
    Map<String, PersonDef> peopleById = new LinkedHashMap<>();
    for (PersonDef p : people) {
      if (p.id() != null && peopleById.putIfAbsent(p.id(), p) != null) {
        fault(p.line(), "账号 " + p.id() + " 重复,第 " + peopleById.get(p.id()).line() + " 行已定义 (duplicate person id)");
      }
    }
    for (UnitDef u : units) {
      PersonDef leader = peopleById.get(u.supervisor());
      if (u.supervisor() != null && (leader == null || !leader.has(Role.SUPERVISOR))) {
        fault(u.line(), "单位 " + u.code() + " 的分管领导 " + u.supervisor()
            + " 不存在或没有 SUPERVISOR 角色 (unknown supervising leader)");
      }
      boolean hasHead = people.stream().anyMatch(p -> p.has(Role.UNIT_HEAD) && p.units().contains(u.code()));
      if (u.code() != null && !hasHead) {
        fault(u.line(), "单位 " + u.code() + " 没有负责人 (UNIT_HEAD),其稿件无人审核 (unit has no head)");
      }
    }
    for (PersonDef p : people) {
      boolean needsUnit = p.roles().stream().anyMatch(Role::belongsToUnit);
      if (needsUnit && p.units().isEmpty()) {
        fault(p.line(), "人员 " + p.id() + " 是信息员或单位负责人,但不属于任何单位 (user in no unit)");
      }
      if (!needsUnit && !p.units().isEmpty()) {
        fault(p.line(), "人员 " + p.id() + " 的角色不属于单位,却写了 unit (unit given for a role without unit)");
      }
      for (String code : p.units()) {
        if (!unitsByCode.containsKey(code)) {
          fault(p.line(), "人员 " + p.id() + " 所属单位 " + code + " 不存在 (unknown unit)");
        }
      }
    }
  }

  private Map<String, Node> fields(Node node, Set<String> allowed) {
    Map<String, Node> result = new LinkedHashMap<>();
    if (!(node instanceof MappingNode mapping)) {
      fault(node, "此处应为键值结构 (expected a mapping)");
      return result;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalar(tuple.getKeyNode(), "key");
      if (!allowed.contains(key)) {
        fault(tuple.getKeyNode(), "未知字段 '" + key + "',可用字段: " + String.join(", ", allowed) + " (unknown field)");
      } else if (result.put(key, tuple.getValueNode()) != null) {
        fault(tuple.getKeyNode(), "字段 '" + key + "' 重复 (duplicate field)");
      }
    }
    return result;
  }

  private List<Node> list(Node node, String name, Node parent) {
    if (node == null) {
      fault(parent, "缺少 '" + name + "' (missing field '" + name + "')");
      return List.of();
    }
    if (!(node instanceof SequenceNode seq)) {
      fault(node, "'" + name + "' 应为列表 (expected a list)");
      return List.of();
    }
    return seq.getValue();
  }

  private String requiredText(Map<String, Node> fields, String name, Node parent) {
    String value = optionalText(fields, name);
    if (value == null) {
      fault(parent, "缺少 '" + name + "' (missing field '" + name + "')");
    }
    return value;
  }

  private String optionalText(Map<String, Node> fields, String name) {
    Node node = fields.get(name);
    if (node == null) {
      return null;
    }
    String value = scalar(node, name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private String scalar(Node node, String name) {
    if (node instanceof ScalarNode s) {
      return s.getValue();
    }
    fault(node, "'" + name + "' 应为单个值 (expected a single value)");
    return null;
  }

  private LocalDate date(Node node) {
    if (node == null) {
      return null;
    }
    String value = scalar(node, "date");
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      fault(node, "日期 '" + value + "' 格式应为 YYYY-MM-DD (date must be YYYY-MM-DD)");
      return null;
    }
  }

  private void fault(Node node, String message) {
    fault(line(node), message);
  }

  private void fault(int line, String message) {
    faults.add(at(line, message));
  }

  private static String at(int line, String message) {
    return line > 0 ? "第 " + line + " 行 (line " + line + "): " + message : message;
  }

  private static int line(Node node) {
    return node == null ? 0 : node.getStartMark().getLine() + 1;
  }
}
