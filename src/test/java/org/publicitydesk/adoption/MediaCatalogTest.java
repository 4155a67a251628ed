package org.publicitydesk.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The media catalogue: shipped with the outlets the plan names; maintained by the editorial office only. */
@PublicityDeskTest
class MediaCatalogTest {

  @Autowired
  TestRestTemplate rest;

  @Test
  void shipsTheOutletsOfThePlanWithTheirLevels() {
    List<Map<String, Object>> media = rest.withBasicAuth("inf-economy", "demo").exchange("/api/media", HttpMethod.GET,
        null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
    assertThat(media).extracting(m -> m.get("name") + "/" + m.get("level"))
        .contains("中央电视台/NATIONAL", "人民日报/NATIONAL", "山东电视台/PROVINCIAL", "大众日报/PROVINCIAL");
    assertThat(media).extracting(m -> m.get("level")).contains("CITY", "DISTRICT");
  }

  @Test
  void theEditorialOfficeMaintainsItAndNobodyElse() {
    Map<String, Object> outlet = Map.of("name", "齐鲁晚报", "level", "PROVINCIAL", "kind", "PAPER");
    ResponseEntity<String> refused = post("inf-economy", outlet);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("只有政工科和系统管理员可以维护媒体目录");
    assertThat(post("editor-liu", outlet).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> twice = post("editor-liu", outlet);
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(twice.getBody()).contains("已在目录中");
  }

  @Test
  void badInputSaysWhatIsWrongInChinese() {
    ResponseEntity<String> missing = post("editor-liu", Map.of("name", " ", "kind", "TV"));
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(missing.getBody()).contains("请填写媒体名称").contains("请选择媒体级别");
    ResponseEntity<String> unknownLevel = post("editor-liu", Map.of("name", "某报", "level", "GLOBAL", "kind", "TV"));
    assertThat(unknownLevel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownLevel.getBody()).contains("GLOBAL");
  }

  private ResponseEntity<String> post(String user, Object body) {
    return rest.withBasicAuth(user, "demo").exchange("/api/media", HttpMethod.POST, new HttpEntity<>(body), String.class);
  }
}
