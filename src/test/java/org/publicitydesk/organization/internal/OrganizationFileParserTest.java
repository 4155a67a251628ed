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
      assertThat(file.people()).filteredOn(p -> p.has(Role.UNIT_HEAD) && p.units().contains("economy"))
          .extracting(OrganizationFile.PersonDef::id).containsExactly("head-economy", "head-economy-2");
      assertThat(file.leadingGroup().leader()).isEqualTo("principal-zhang");
      assertThat(file.leadingGroup().office().director()).isEqualTo("editor-liu");
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

  @Test
  void readsTheLeadingGroupAndItsOffice() {
    // given a leading group with its office in the editorial office
    String yaml = VALID + """
          - {id: editor-liu, name: 刘晓燕, roles: [EDITOR]}
        leadingGroup:
          leader: sup-wang
          members: [head-economy, head-dongfeng]
          office: {unit: editorial, director: editor-liu}
        """;
    // when
    OrganizationFile file = parse(yaml);
    // then the defaults fill what the file leaves out
    assertThat(file.leadingGroup().name()).isEqualTo("宣传信息工作领导小组");
    assertThat(file.leadingGroup().leader()).isEqualTo("sup-wang");
    assertThat(file.leadingGroup().deputyLeaders()).isEmpty();
    assertThat(file.leadingGroup().members()).containsExactly("head-economy", "head-dongfeng");
    assertThat(file.leadingGroup().office().unit()).isEqualTo("editorial");
    assertThat(file.leadingGroup().office().director()).isEqualTo("editor-liu");
    assertThat(parse(VALID).leadingGroup()).isNull();
  }

  @Test
  void refusesALeadingGroupWithUnknownOrTwiceNamedPeopleAndAnOfficeOutsideItsUnit() {
    String yaml = VALID + """
        leadingGroup:
          leader: sup-wang
          deputyLeaders: [sup-zhou]
          members: [sup-wang]
          office: {unit: dongfeng, director: head-economy, staff: [inf-economy]}
          chair: x
        """;
    OrganizationFileException e = (OrganizationFileException) catchFault(yaml);
    assertThat(e.getMessage())
        .contains("未知字段 'chair'")
        .contains("领导小组副组长 sup-zhou 不在 people 中")
        .contains("领导小组中 sup-wang 出现了不止一次(已是组长)")
        .contains("其主任 head-economy 不属于该单位")
        .contains("其工作人员 inf-economy 不属于该单位")
        .contains("第 11 行 (line 11): 领导小组副组长").contains("第 14 行 (line 14): 领导小组办公室设在 dongfeng");
    assertThat(catchFault(VALID + "leadingGroup: {leader: sup-wang, office: {unit: press, director: sup-wang}}\n"))
        .hasMessageContaining("领导小组办公室所在单位 'press' 不存在");
    assertThat(catchFault(VALID + "leadingGroup: {leader: sup-wang, office: {director: head-economy}}\n"))
        .hasMessageContaining("领导小组办公室设在政工科,其主任 head-economy 应有 EDITOR 角色");
    assertThat(catchFault(VALID + "leadingGroup: {members: [sup-wang]}\n"))
        .hasMessageContaining("缺少 'leader'").hasMessageContaining("缺少 'office'");
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
