package org.publicitydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Records in the import format of contract.md, imported and read back over HTTP as the editorial office. */
public final class TestImports {

  private TestImports() {
  }

  /** An article submitted at 10:00 (business zone) of {@code day}. */
  public static Map<String, Object> article(String id, String unit, String informant, String day, String outcome,
      List<Map<String, Object>> adoptions) {
    Map<String, Object> a = new HashMap<>(Map.of("externalId", id, "unitCode", unit, "informant", informant,
        "title", "工作信息" + id, "itemClass", "ORDINARY", "submittedAt", day + "T10:00:00+08:00", "outcome", outcome,
        "adoptions", adoptions));
    return a;
  }

  public static Map<String, Object> adoption(String level, String name, String length, String placement, String day) {
    return Map.of("mediaLevel", level, "mediaName", name, "length", length, "placement", placement, "publishedOn", day);
  }

  /** An accepted public-opinion report submitted at {@code at} (ISO with offset). */
  public static Map<String, Object> opinion(String id, String unit, String at, boolean bulletin) {
    return Map.of("externalId", id, "unitCode", unit, "informant", "inf-" + unit, "title", "舆情" + id,
        "content", "群众反映" + id, "submittedAt", at, "outcome", "ACCEPTED", "adoptedInBulletin", bulletin);
  }

  /** Imports the records; returns the answer (200 expected). */
  public static Map<String, Object> importRecords(TestRestTemplate rest, List<Map<String, Object>> articles,
      List<Map<String, Object>> opinionReports) {
    ResponseEntity<Map> imported = rest.withBasicAuth("editor-liu", "demo").exchange("/api/import", HttpMethod.POST,
        new HttpEntity<>(Map.of("articles", articles, "opinionReports", opinionReports)), Map.class);
    assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
    return imported.getBody();
  }

  /** {@code GET} of a list of objects as the editorial office, e.g. {@code /api/scores?year=2062}. */
  public static List<Map<String, Object>> list(TestRestTemplate rest, String path) {
    ResponseEntity<List<Map<String, Object>>> r = rest.withBasicAuth("editor-liu", "demo").exchange(path,
        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
        });
    assertThat(r.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  /** The unit's row of a {@code /api/scores} answer. */
  public static Map<String, Object> unit(List<Map<String, Object>> scores, String unitCode) {
    return scores.stream().filter(s -> s.get("unitCode").equals(unitCode)).findFirst().orElseThrow();
  }
}
