package org.publicitydesk.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The sample organisation reaches the API and Camunda's identity service, and reloading it adds nothing twice. */
@PublicityDeskTest
class OrganizationApiTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identity;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  FilterService filters;

  @Test
  void listsTheUnitsOfTheSampleOrganisation() {
    List<Map<String, Object>> units = rest.withBasicAuth("inf-economy", "demo").exchange("/api/units", HttpMethod.GET,
        null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
    assertThat(units).extracting(u -> u.get("code"))
        .containsExactly("office", "economy", "urban", "social", "dongfeng", "heping", "xinhua", "yingbin");
    Map<String, Object> economy = units.get(1);
    assertThat(economy).containsEntry("name", "经济发展办公室").containsEntry("kind", "DEPARTMENT")
        .containsEntry("supervisorId", "sup-wang");
    assertThat((List<Map<String, Object>>) economy.get("informants")).extracting(i -> i.get("personId"))
        .containsExactly("inf-economy", "inf-economy-2");
  }

  @Test
  void showsTheLeadingGroupAndItsOfficeOnTheApiAndTheLandingPage() {
    // R12: the leading group of the sample organisation, its office in the editorial office
    Map<String, Object> group = rest.withBasicAuth("inf-economy", "demo").getForObject(
        "/api/organization/leading-group", Map.class);
    assertThat(group).containsEntry("name", "示例街道宣传信息工作领导小组")
        .containsEntry("leader", Map.of("id", "principal-zhang", "name", "张建国"));
    assertThat((List<Map<String, Object>>) group.get("deputyLeaders")).extracting(p -> p.get("id"))
        .containsExactly("sup-wang", "sup-li");
    assertThat((List<Map<String, Object>>) group.get("members")).hasSize(8);
    assertThat((Map<String, Object>) group.get("office")).containsEntry("unit", "editorial")
        .containsEntry("unitName", "政工科").containsEntry("director", Map.of("id", "editor-liu", "name", "刘晓燕"));
    assertThat(rest.getForEntity("/api/organization/leading-group", String.class).getStatusCode().value())
        .isEqualTo(401);
    String landing = rest.getForObject("/", String.class);
    assertThat(landing).contains("<h2>示例街道宣传信息工作领导小组").contains("<th>组长</th><td>张建国</td>")
        .contains("<th>副组长</th><td>王海涛、李红梅</td>").contains("示例街道宣传信息工作领导小组办公室设在政工科")
        .contains("<th>办公室主任</th><td>刘晓燕</td>");
  }

  @Test
  void putsPeopleIntoTheirCamundaGroups() {
    assertThat(groupsOf("inf-economy")).containsExactlyInAnyOrder("staff", "informants", "unit-economy");
    assertThat(groupsOf("head-economy")).containsExactlyInAnyOrder("staff", "unit-heads", "unit-economy",
        "unit-economy-head");
    assertThat(groupsOf("sup-wang")).containsExactlyInAnyOrder("staff", "supervisors", "unit-office-supervisor",
        "unit-economy-supervisor", "unit-dongfeng-supervisor", "unit-heping-supervisor");
    assertThat(groupsOf("head-economy-2")).containsExactlyInAnyOrder("staff", "unit-heads", "unit-economy",
        "unit-economy-head");
    assertThat(groupsOf("editor-liu")).containsExactlyInAnyOrder("staff", "editorial");
    assertThat(identity.checkPassword("principal-zhang", "demo")).isTrue();
    assertThat(identity.createUserQuery().userId("head-urban").singleResult().getFirstName()).isEqualTo("孙立新");
  }

  @Test
  void reloadingTheSameFileAddsNothing() {
    // given
    long users = identity.createUserQuery().count();
    long groups = identity.createGroupQuery().count();
    long memberships = identity.createUserQuery().memberOfGroup("staff").count();
    long grants = authorizations.createAuthorizationQuery().count();
    long filterCount = filters.createFilterQuery().count();
    // when
    ResponseEntity<Map> reloaded = rest.withBasicAuth("admin", "demo").postForEntity("/api/organization/reload", null,
        Map.class);
    // then
    assertThat(reloaded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(reloaded.getBody()).containsEntry("units", 8).containsEntry("people", 22);
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(identity.createUserQuery().memberOfGroup("staff").count()).isEqualTo(memberships).isEqualTo(22);
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
  }

  @Test
  void onlyAnAdministratorMayReload() {
    ResponseEntity<Map> refused = rest.withBasicAuth("editor-liu", "demo").postForEntity("/api/organization/reload",
        null, Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(refused.getBody().get("detail").toString()).contains("只有系统管理员");
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
  }
}
