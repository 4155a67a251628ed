package org.publicitydesk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/import}: idempotent by externalId, all-or-nothing with row and field, scored like live articles. */
@PublicityDeskTest
class ImportTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  private static Map<String, Object> article(String id, String unit, String informant, String outcome,
      List<Map<String, Object>> adoptions) {
    return Map.of("externalId", id, "unitCode", unit, "informant", informant, "title", "东风社区2039年3月2日工作信息",
        "itemClass", "ORDINARY", "submittedAt", "2039-03-02T10:00:00+08:00", "outcome", outcome,
        "adoptions", adoptions);
  }

  private static Map<String, Object> adoption(String level, String name, String length, String placement, String day) {
    return Map.of("mediaLevel", level, "mediaName", name, "length", length, "placement", placement, "publishedOn", day);
  }

  /** The files are of 2039, 2042 and 2043; an adoption can only be imported once it has been published. */
  @BeforeEach
  void afterTheYearsImported() {
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2045-01-02T02:00:00Z")));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void importsScoresAndReimportsWithoutDuplicates() {
    Map<String, Object> file = Map.of("articles", List.of(
        article("IMP-1", "dongfeng", "inf-dongfeng", "ACCEPTED", List.of(
            adoption("CITY", "市日报", "LONG", "NONE", "2039-03-04"),
            adoption("PROVINCIAL", "大众日报", "BRIEF", "OTHER_PAGE_HEADLINE", "2039-03-06"))),
        article("IMP-2", "dongfeng", "inf-dongfeng", "LOW_QUALITY", List.of())));
    ResponseEntity<Map> first = post("editor-liu", file);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody()).containsEntry("articles", 2).containsEntry("created", 2).containsEntry("adoptions", 2);
    // R6: the provincial brief with its headline counts, 40 + 15
    assertThat(points("dongfeng", 2039)).isEqualTo(55);
    String number = jdbc.queryForObject("select number from pd_article where external_id = 'IMP-1'", String.class);
    assertThat(rest.withBasicAuth("inf-dongfeng", "demo").exchange("/api/articles/" + number + "/withdraw",
        HttpMethod.POST, HttpEntity.EMPTY, String.class).getBody()).contains("导入的历史记录,不能撤回");

    ResponseEntity<Map> again = post("editor-liu", file);
    assertThat(again.getBody()).containsEntry("created", 0).containsEntry("updated", 2).containsEntry("adoptions", 0);
    assertThat(jdbc.queryForObject("select count(*) from pd_article where external_id like 'IMP-%'", Integer.class)).isEqualTo(2);
    assertThat(points("dongfeng", 2039)).isEqualTo(55);
    assertThat(jdbc.queryForObject("select count(*) from pd_ledger_entry where unit_code = 'dongfeng' and "
        + "occurred_on between '2039-01-01' and '2039-12-31'", Integer.class)).isEqualTo(1);

    // a corrected spreadsheet: the provincial adoption was in fact a national brief
    Map<String, Object> corrected = Map.of("articles", List.of(article("IMP-1", "dongfeng", "inf-dongfeng", "ACCEPTED",
        List.of(adoption("NATIONAL", "人民日报", "BRIEF", "NONE", "2039-03-06")))));
    assertThat(post("editor-liu", corrected).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(points("dongfeng", 2039)).isEqualTo(50);
  }

  @Test
  void aMalformedFileIsRefusedWholeNamingRowAndField() {
    int before = jdbc.queryForObject("select count(*) from pd_article", Integer.class);
    Map<String, Object> file = Map.of("articles", List.of(
        article("BAD-1", "dongfeng", "inf-dongfeng", "ACCEPTED", List.of()),
        article("BAD-2", "mars", "inf-dongfeng", "ACCEPTED", List.of()),
        article("BAD-3", "dongfeng", "inf-heping", "PUBLISHED", List.of(
            adoption("GLOBAL", "某报", "LONG", "NONE", "2039-13-01"))),
        article("BAD-1", "dongfeng", "inf-dongfeng", "ACCEPTED", List.of())));
    ResponseEntity<Map> refused = post("editor-liu", file);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) refused.getBody().get("errors")).contains(
        "articles[1].unitCode: 单位 mars 不存在",
        "articles[2].informant: inf-heping 在 2039-03-02 不是东风社区的信息员",
        "articles[2].outcome: “PUBLISHED”无效,可选:ACCEPTED、LOW_QUALITY、REJECTED",
        "articles[2].adoptions[0].publishedOn: “2039-13-01”不是日期,格式应为 YYYY-MM-DD",
        "articles[3].externalId: BAD-1 在文件中重复");
    assertThat((List<String>) refused.getBody().get("errors"))
        .anySatisfy(e -> assertThat(e).startsWith("articles[2].adoptions[0].mediaLevel: “GLOBAL”无效"));
    assertThat(jdbc.queryForObject("select count(*) from pd_article", Integer.class)).isEqualTo(before);
  }

  @Test
  void anAdoptionBeforeTheSubmissionOrAfterTodayIsRefusedAndNothingIsBooked() {
    // given an article submitted on 2 March 2039, "today" being 2 January 2045
    int before = jdbc.queryForObject("select count(*) from pd_article", Integer.class);
    int ledger = jdbc.queryForObject("select count(*) from pd_ledger_entry", Integer.class);
    Map<String, Object> file = Map.of("articles", List.of(
        article("DATE-1", "dongfeng", "inf-dongfeng", "ACCEPTED", List.of(
            adoption("CITY", "市日报", "LONG", "NONE", "2039-03-04"),
            adoption("CITY", "市日报", "LONG", "NONE", "2039-03-01"))),
        article("DATE-2", "dongfeng", "inf-dongfeng", "ACCEPTED", List.of(
            adoption("PROVINCIAL", "大众日报", "BRIEF", "NONE", "2045-01-03")))));
    // when it is imported
    ResponseEntity<Map> refused = post("editor-liu", file);
    // then the whole file is refused, naming row and field, and nothing is stored or booked
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) refused.getBody().get("errors")).containsExactly(
        "articles[0].adoptions[1].publishedOn: 2039年3月1日早于稿件报送日期(2039年3月2日),请核对刊播日期",
        "articles[1].adoptions[0].publishedOn: 2045年1月3日晚于今天(2045年1月2日),尚未刊播的采用不能登记,请核对刊播日期");
    assertThat(jdbc.queryForObject("select count(*) from pd_article", Integer.class)).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from pd_ledger_entry", Integer.class)).isEqualTo(ledger);
  }

  /**
   * Issue 17: a file is written in batches of 500 records, yet stays one transaction. 1,200 articles, each with a city
   * long article (60 points, R4); row 1,100's second adoption names 人民日报 as a city medium, which the catalogue
   * contradicts: the whole file is refused naming that row, nothing of the first two batches stays. Corrected, all
   * 1,200 are stored and booked once each (1,200 × 60 = 72,000 points); imported again, nothing changes.
   */
  @Test
  void aLargeFileIsWrittenInBatchesYetRefusedWholeAndImportedOnce() {
    int articlesBefore = jdbc.queryForObject("select count(*) from pd_article", Integer.class);
    int ledgerBefore = jdbc.queryForObject("select count(*) from pd_ledger_entry", Integer.class);
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      Map<String, Object> row = new java.util.HashMap<>(article("BIG-" + i, "heping", "inf-heping", "ACCEPTED",
          i == 1100 ? List.of(adoption("CITY", "市日报", "LONG", "NONE", "2043-05-06"),
              adoption("CITY", "人民日报", "BRIEF", "NONE", "2043-05-06"))
          : List.of(adoption("CITY", "市日报", "LONG", "NONE", "2043-05-06"))));
      row.put("submittedAt", "2043-05-05T10:00:00+08:00");
      rows.add(row);
    }
    ResponseEntity<Map> refused = post("editor-liu", Map.of("articles", rows));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) refused.getBody().get("errors")).containsExactly(
        "articles[1100].adoptions: 【mediaLevel 媒体级别】人民日报 在媒体目录中是国家级媒体,与填写的市级不符");
    assertThat(jdbc.queryForObject("select count(*) from pd_article", Integer.class)).isEqualTo(articlesBefore);
    assertThat(jdbc.queryForObject("select count(*) from pd_ledger_entry", Integer.class)).isEqualTo(ledgerBefore);

    rows.get(1100).put("adoptions", List.of(adoption("CITY", "市日报", "LONG", "NONE", "2043-05-06")));
    ResponseEntity<Map> imported = post("editor-liu", Map.of("articles", rows));
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).containsEntry("created", 1200).containsEntry("adoptions", 1200);
    assertThat(points("heping", 2043)).isEqualTo(72_000);
    assertThat(jdbc.queryForObject("select count(*) from pd_ledger_entry where external_id like 'BIG-%' "
        + "and superseded_at is null and rule_id = 'R4' and points = 60", Integer.class)).isEqualTo(1200);

    ResponseEntity<Map> again = post("editor-liu", Map.of("articles", rows));
    assertThat(again.getBody()).containsEntry("created", 0).containsEntry("updated", 1200).containsEntry("adoptions", 0);
    assertThat(jdbc.queryForObject("select count(*) from pd_article", Integer.class)).isEqualTo(articlesBefore + 1200);
    assertThat(jdbc.queryForObject("select count(*) from pd_ledger_entry where external_id like 'BIG-%'",
        Integer.class)).isEqualTo(1200);
    assertThat(points("heping", 2043)).isEqualTo(72_000);
  }

  @Test
  void onlyTheEditorialOfficeImports() {
    ResponseEntity<Map> refused = post("inf-dongfeng", Map.of("articles", List.of()));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void importsPublicOpinionReportsScoredLikeLiveOnes() {
    Map<String, Object> onTime = Map.of("externalId", "O-1", "unitCode", "xinhua", "informant", "inf-xinhua",
        "title", "居民反映", "content", "内容", "submittedAt", "2039-03-02T09:10:00+08:00", "outcome", "ACCEPTED",
        "adoptedInBulletin", true);
    Map<String, Object> late = new java.util.HashMap<>(onTime);
    late.put("externalId", "O-2");
    late.put("submittedAt", "2039-03-03T09:20:00+08:00");
    late.put("adoptedInBulletin", false);
    ResponseEntity<Map> imported = post("editor-liu", Map.of("opinionReports", List.of(onTime, late)));
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).containsEntry("opinionReports", 2);
    // R9.1 10 + R9.3 15 for the on-time one; nothing for the late one; scored separately from R4–R8
    assertThat(points("xinhua", 2039, "opinionPoints")).isEqualTo(25);
    assertThat(points("xinhua", 2039, "points")).isZero();
    post("editor-liu", Map.of("opinionReports", List.of(onTime, late)));
    assertThat(points("xinhua", 2039, "opinionPoints")).isEqualTo(25);

    Map<String, Object> department = new java.util.HashMap<>(onTime);
    department.put("externalId", "O-3");
    department.put("unitCode", "economy");
    department.put("informant", "inf-economy");
    ResponseEntity<Map> refused = post("editor-liu", Map.of("opinionReports", List.of(department)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) refused.getBody().get("errors"))
        .containsExactly("opinionReports[0].unitCode: 舆情信息只由社区报送(R3),“经济发展办公室”不是社区");
  }

  @Test
  void importsTheSameColumnsFromTheExcelTemplate() throws Exception {
    byte[] template = rest.withBasicAuth("editor-liu", "demo").getForObject("/api/import/template.xlsx", byte[].class);
    byte[] filled;
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template));
        var out = new java.io.ByteArrayOutputStream()) {
      var articles = workbook.getSheetAt(0).getRow(1);
      articles.getCell(0).setCellValue("XLSX-1");
      articles.getCell(6).setCellValue("2042-03-02T10:00:00+08:00");
      var adoption = workbook.getSheetAt(1).getRow(1);
      adoption.getCell(0).setCellValue("XLSX-1");
      adoption.getCell(5).setCellValue("2042-03-05");
      workbook.write(out);
      filled = out.toByteArray();
    }
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.parseMediaType(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    ResponseEntity<Map> imported = rest.withBasicAuth("editor-liu", "demo").exchange("/api/import", HttpMethod.POST,
        new HttpEntity<>(filled, headers), Map.class);
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).containsEntry("articles", 1).containsEntry("adoptions", 1);
    // the template's example: a city long article, 60 points
    assertThat(points("economy", 2042)).isEqualTo(60);

    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(filled));
        var out = new java.io.ByteArrayOutputStream()) {
      workbook.getSheetAt(0).getRow(1).getCell(1).setCellFormula("\"eco\"&\"nomy\"");
      workbook.write(out);
      ResponseEntity<Map> refused = rest.withBasicAuth("editor-liu", "demo").exchange("/api/import", HttpMethod.POST,
          new HttpEntity<>(out.toByteArray(), headers), Map.class);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((List<String>) refused.getBody().get("errors")).containsExactly("稿件表第 2 行 unitCode:不接受公式,请粘贴为数值");
    }
    ResponseEntity<Map> notExcel = rest.withBasicAuth("editor-liu", "demo").exchange("/api/import", HttpMethod.POST,
        new HttpEntity<>("not a workbook".getBytes(), headers), Map.class);
    assertThat(notExcel.getBody().get("detail").toString()).contains("无法读取 Excel 文件");
  }

  private ResponseEntity<Map> post(String user, Object file) {
    return rest.withBasicAuth(user, "demo").exchange("/api/import", HttpMethod.POST, new HttpEntity<>(file), Map.class);
  }

  private int points(String unit, int year) {
    return points(unit, year, "points");
  }

  /** {@code total}: "points" (R4–R8) or "opinionPoints" (R9) of {@code /api/scores}. */
  private int points(String unit, int year, String total) {
    List<Map<String, Object>> scores = rest.withBasicAuth("editor-liu", "demo").exchange("/api/scores?year=" + year,
        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
    return scores.stream().filter(s -> s.get("unitCode").equals(unit)).map(s -> (Integer) s.get(total))
        .findFirst().orElseThrow();
  }
}
