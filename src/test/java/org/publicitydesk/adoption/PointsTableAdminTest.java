package org.publicitydesk.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.ArticleStatus;
import org.publicitydesk.review.Articles;
import org.publicitydesk.review.Category;
import org.publicitydesk.review.ItemClass;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The points table per year: shown in Chinese, replaced by an administrator, refused when incomplete. */
@PublicityDeskTest
class PointsTableAdminTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  Articles articles;
  @Autowired
  Adoptions adoptions;

  @Test
  void showsTheTableOfAYear() {
    Map<?, ?> table = rest.withBasicAuth("inf-economy", "demo").getForObject("/api/points-table?year=2026", Map.class);
    assertThat(table.get("versionTag")).isEqualTo("2026");
    List<Map<String, Object>> rows = (List<Map<String, Object>>) table.get("rows");
    assertThat(rows).hasSize(24).first().satisfies(r -> assertThat(r)
        .containsEntry("levelLabel", "国家级").containsEntry("lengthLabel", "长篇").containsEntry("placementLabel", "无")
        .containsEntry("basePoints", 101));
  }

  @Test
  void anAdministratorReplacesTheTableOfAYearAndOnlyThatYearChanges() throws IOException {
    String shipped = shippedTable();
    String corrected = shipped.replace("<outputEntry id=\"Rule_NationalLongNone_Base\"><text>101</text>",
        "<outputEntry id=\"Rule_NationalLongNone_Base\"><text>100</text>");
    assertThat(corrected).isNotEqualTo(shipped);
    assertThat(put("editor-liu", 2040, corrected).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> replaced = put("admin", 2040, corrected);
    assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(replaced.getBody()).containsEntry("versionTag", "2040");
    assertThat(base("NATIONAL", 2040)).isEqualTo(100);
    assertThat(base("NATIONAL", 2045)).isEqualTo(100);
    assertThat(base("NATIONAL", 2039)).isEqualTo(101);
    // and scoring uses the table of the year the adoption was published
    ArticleInfo article = articles.importArticles(List.of(new org.publicitydesk.review.Articles.ImportedArticle(
        "table-2040", "office", "inf-office", "稿件", ItemClass.ORDINARY, Category.OTHER,
        Instant.parse("2040-01-05T02:00:00Z"), ArticleStatus.ACCEPTED, null, null))).get(0).article();
    // recorded once published: the engine's clock on the day after
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2040-01-07T02:00:00Z")));
    try {
      Adoption adoption = adoptions.record(article.id(), new AdoptionInput("人民日报", null, Length.LONG, Placement.NONE,
          LocalDate.of(2040, 1, 6), null), "editor-liu");
      assertThat(adoption.points().total()).isEqualTo(100);
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
  }

  @Test
  void anIncompleteOrBrokenTableIsRefusedAndTheOldOneStays() throws IOException {
    String incomplete = shippedTable().replaceAll("(?s)<rule id=\"Rule_NationalLongFrontPageHeadline\">.*?</rule>", "");
    ResponseEntity<Map> refused = put("admin", 2041, incomplete);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((List<String>) refused.getBody().get("faults")).containsExactly("缺少 国家级/长篇/头版头条 一行");
    ResponseEntity<Map> broken = put("admin", 2041, "<definitions>not a table");
    assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(broken.getBody().get("detail").toString()).contains("不是有效的 DMN 文件");
    assertThat(rest.withBasicAuth("admin", "demo").getForObject("/api/points-table?year=2041", Map.class)
        .get("versionTag")).isNotEqualTo("2041");
  }

  private int base(String level, int year) {
    List<Map<String, Object>> rows = (List<Map<String, Object>>) rest.withBasicAuth("admin", "demo")
        .getForObject("/api/points-table?year=" + year, Map.class).get("rows");
    return rows.stream().filter(r -> r.get("mediaLevel").equals(level) && r.get("length").equals("LONG")
        && r.get("placement").equals("NONE")).map(r -> (Integer) r.get("basePoints")).findFirst().orElseThrow();
  }

  private static String shippedTable() throws IOException {
    return new ClassPathResource("META-INF/bpm/processes/AdoptionPoints.dmn").getContentAsString(StandardCharsets.UTF_8);
  }

  private ResponseEntity<Map> put(String user, int year, String dmn) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_XML);
    return rest.withBasicAuth(user, "demo").exchange("/api/points-table/" + year, HttpMethod.PUT,
        new HttpEntity<>(dmn.getBytes(StandardCharsets.UTF_8), headers), Map.class);
  }
}
