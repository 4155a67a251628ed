package org.publicitydesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated organisation file (the format of {@code sample-organization.yaml}): half communities, half departments,
 * {@code informantsPerUnit} informants and one head per unit, a supervising leader per 50 units, one editor, one
 * principal leader; every informant since 1 January of the benchmark year. Password {@link #PASSWORD} for everyone.
 */
final class BenchOrganization {

  static final String PASSWORD = "Bench#2026pd";
  static final String EDITOR = "editor-bench";

  record BenchUnit(String code, boolean community, String head, List<String> informants) {
  }

  final List<BenchUnit> units = new ArrayList<>();
  final Path file;

  BenchOrganization(Path file, int unitCount, int informantsPerUnit, int year) throws IOException {
    this.file = file;
    StringBuilder yaml = new StringBuilder();
    yaml.append("subdistrict: 基准测试街道\nissuingOffice: 基准测试街道党工委宣传工作领导小组办公室\n")
        .append("initialPassword: \"").append(PASSWORD).append("\"\nunits:\n");
    int supervisors = Math.max(1, (unitCount + 49) / 50);
    for (int i = 0; i < unitCount; i++) {
      boolean community = i % 2 == 0;
      String code = (community ? "c" : "d") + String.format("%04d", i / 2 + 1);
      List<String> informants = new ArrayList<>();
      for (int k = 1; k <= informantsPerUnit; k++) {
        informants.add("inf-" + code + "-" + k);
      }
      units.add(new BenchUnit(code, community, "head-" + code, informants));
      yaml.append("  - {code: ").append(code).append(", name: ").append(community ? "社区" : "科室").append(code)
          .append(", kind: ").append(community ? "COMMUNITY" : "DEPARTMENT").append(", supervisor: sup-")
          .append(i % supervisors + 1).append("}\n");
    }
    yaml.append("people:\n  - {id: principal-bench, name: 主要领导, roles: [PRINCIPAL]}\n")
        .append("  - {id: ").append(EDITOR).append(", name: 编辑, roles: [EDITOR]}\n");
    for (int s = 1; s <= supervisors; s++) {
      yaml.append("  - {id: sup-").append(s).append(", name: 分管领导").append(s).append(", roles: [SUPERVISOR]}\n");
    }
    for (BenchUnit u : units) {
      yaml.append("  - {id: ").append(u.head()).append(", name: 负责人").append(u.code())
          .append(", roles: [UNIT_HEAD], unit: ").append(u.code()).append("}\n");
      for (String informant : u.informants()) {
        yaml.append("  - {id: ").append(informant).append(", name: 信息员").append(informant.substring(4))
            .append(", roles: [INFORMANT], unit: ").append(u.code()).append(", since: ").append(year)
            .append("-01-01}\n");
      }
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
  }

  List<BenchUnit> communities() {
    return units.stream().filter(BenchUnit::community).toList();
  }

  int people() {
    return units.stream().mapToInt(u -> 1 + u.informants().size()).sum() + 2 + Math.max(1, (units.size() + 49) / 50);
  }
}
