package org.publicitydesk.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.publicitydesk.organization.Role;
import org.publicitydesk.organization.UnitKind;
import org.springframework.core.io.ClassPathResource;

/** The organisation file (R12) is read whole and refused whole, each fault named with its line. */
class OrganizationFileParserTest {

  private static final String VALID = """
      subdistrict: 测试街道
      units:
        - {code: economy, name: 经济发展办公室, kind: DEPARTMENT, supervisor: sup-wang}
        - {code: dongfeng, name: 东风社区, kind: COMMUNITY, supervisor: sup-wang}
      people:
        - {id: sup-wang, name: 王海涛, roles: [SUPERVISOR]}
        - {id: head-economy, name: 钱伟, roles: [UNIT_HEAD], unit: economy}
        - {id: head-dongfeng, name: 吴国强, roles: [UNIT_HEAD], unit: dongfeng}
        - {id: inf-economy, name: 卫佳琪, roles: [INFORMANT], unit: economy, since: 2025-03-01, until: 2026-06-30}
      """;

  @Test
  void readsTheSampleOrganisationOfTheContract() throws IOException {
    // given the file shipped for the default run
    try (Reader reader = new InputStreamReader(
        new ClassPathResource("organization/sample-organization.yaml").getInputStream(), StandardCharsets.UTF_8)) {
      // when
      OrganizationFile file = OrganizationFileParser.parse(reader, "sample");
      // then
      assertThat(file.units()).extracting(OrganizationFile.UnitDef::code)
          .containsExactly("office", "economy", "urban", "social", "dongfeng", "heping", "xinhua", "yingbin");
      assertThat(file.units()).filteredOn(u -> u.kind() == UnitKind.COMMUNITY).hasSize(4);
      assertThat(file.units()).filteredOn(u -> u.supervisor().equals("sup-li"))
          .extracting(OrganizationFile.UnitDef::code).containsExactly("urban", "social", "xinhua", "yingbin");
      assertThat(file.people()).filteredOn(p -> p.has(Role.INFORMANT) && p.units().contains("economy"))
          .extracting(OrganizationFile.PersonDef::id).containsExactly("inf-economy", "inf-economy-2");
      assertThat(file.people()).filteredOn(p -> p.has(Role.INFORMANT))
          .allSatisfy(p -> assertThat(p.since()).isEqualTo(LocalDate.of(2025, 1, 1)));
      assertThat(file.people()).hasSize(22);
    }
  }

  @Test
  void keepsInformantDates() {
    OrganizationFile file = parse(VALID);
    OrganizationFile.PersonDef informant = file.people().get(3);
    assertThat(informant.since()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(informant.until()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(file.issuingOffice()).isEqualTo("测试街道");
  }

  @Test
  void refusesAnUnknownSupervisingLeaderNamingTheLine() {
    String yaml = VALID.replace("kind: COMMUNITY, supervisor: sup-wang", "kind: COMMUNITY, supervisor: sup-zhao");
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(OrganizationFileException.class)
        .hasMessageContaining("第 4 行")
        .hasMessageContaining("sup-zhao")
        .hasMessageContaining("unknown supervising leader");
  }

  @Test
  void refusesASupervisorWithoutTheSupervisorRole() {
    String yaml = VALID.replace("kind: COMMUNITY, supervisor: sup-wang", "kind: COMMUNITY, supervisor: head-economy");
    assertThatThrownBy(() -> parse(yaml)).hasMessageContaining("第 4 行").hasMessageContaining("head-economy");
  }

  @Test
  void refusesADuplicateUnitCodeNamingBothLines() {
    String yaml = VALID.replace("code: dongfeng, name: 东风社区", "code: economy, name: 东风社区");
    assertThatThrownBy(() -> parse(yaml))
        .hasMessageContaining("第 4 行 (line 4): 单位代码 economy 重复,第 3 行已定义 (duplicate unit code)");
  }

  @Test
  void refusesAUserInNoUnit() {
    String yaml = VALID.replace("roles: [INFORMANT], unit: economy,", "roles: [INFORMANT],");
    assertThatThrownBy(() -> parse(yaml))
        .hasMessageContaining("第 9 行")
        .hasMessageContaining("inf-economy")
        .hasMessageContaining("user in no unit");
  }

  @Test
  void refusesAnUnknownUnitOfAPerson() {
    String yaml = VALID.replace("roles: [INFORMANT], unit: economy,", "roles: [INFORMANT], unit: economics,");
    assertThatThrownBy(() -> parse(yaml)).hasMessageContaining("第 9 行").hasMessageContaining("economics")
        .hasMessageContaining("unknown unit");
  }

  @Test
  void refusesAUnitWithoutHead() {
    String yaml = VALID.replace("  - {id: head-dongfeng, name: 吴国强, roles: [UNIT_HEAD], unit: dongfeng}\n", "");
    assertThatThrownBy(() -> parse(yaml)).hasMessageContaining("第 4 行").hasMessageContaining("unit has no head");
  }

  @Test
  void reportsEveryFaultAtOnce() {
    String yaml = VALID
        .replace("kind: DEPARTMENT", "kind: OFFICE")
        .replace("since: 2025-03-01", "since: 2025-13-01")
        .replace("roles: [SUPERVISOR]", "roles: [SUPERVISOR], rank: 3");
    OrganizationFileException e = (OrganizationFileException) catchFault(yaml);
    assertThat(e.faults()).hasSize(3);
    assertThat(e.faults().get(0)).contains("第 3 行").contains("OFFICE");
    assertThat(e.getMessage()).contains("2025-13-01").contains("未知字段 'rank'");
  }

  @Test
  void refusesBrokenYamlWithItsLine() {
    assertThatThrownBy(() -> parse("subdistrict: x\nunits: [\n  {code: a\npeople: []\n"))
        .isInstanceOf(OrganizationFileException.class)
        .hasMessageContaining("not valid YAML")
        .hasMessageMatching("(?s).*第 \\d+ 行.*");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> parse("")).hasMessageContaining("the file must be a YAML mapping");
  }

  private static Throwable catchFault(String yaml) {
    try {
      parse(yaml);
    } catch (OrganizationFileException e) {
      return e;
    }
    throw new AssertionError("the file was accepted");
  }

  private static OrganizationFile parse(String yaml) {
    return OrganizationFileParser.parse(new StringReader(yaml), "test.yaml");
  }
}
