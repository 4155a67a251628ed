package org.publicitydesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The quarterly circular and the year-end assessment (R11.1, R11.3) of the first quarter of 2052, after an import:
 * opened with Apache POI and checked against the ledger ({@code /api/scores}) and against figures counted by hand.
 *
 * <pre>
 * 经济发展办公室 4 articles: 3 accepted (a provincial brief with other-page headline 40+15, a city long article 60, one
 *                not adopted), 1 low quality → R4 115
 * 东风社区       1 accepted (national brief 50; a district adoption does not count, R6) → R4 50; opinion: 2 on time
 *                and accepted (R9.1 2 × 10), one of them in the bulletin (R9.3 15) → opinion points 35, scored
 *                separately (分数另计): not in its 50 nor in the rank
 * 和平社区       1 low quality → 0;  新华社区: one late opinion report → 0;  the other four units submitted nothing.
 * Opinion ranking among the communities: 东风 35 #1, 和平/新华/迎宾 0 #2.
 * </pre>
 */
@PublicityDeskTest
class ReportsTest {

  @Autowired
  TestRestTemplate rest;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCircularOfAQuarterAgreesWithTheLedgerAndIsProvisionalUntilSettled() throws Exception {
    // given
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2052-04-02T10:00:00+08:00").toInstant()));
    importQuarter();

    // when: before the settlement
    ResponseEntity<byte[]> provisional = get("editor-liu", "/api/reports/circular?year=2052&quarter=1&format=docx");

    // then
    assertThat(provisional.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(provisional.getHeaders().getContentDisposition().getFilename()).endsWith(".docx");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(provisional.getBody()))) {
      String text = text(doc);
      assertThat(text).contains("示例街道宣传信息工作通报", "示例街道党工委宣传工作领导小组办公室", "2052年4月2日",
          "关于2052年第一季度\n宣传信息工作情况的通报(暂定)", "本期数据为暂定数");
      assertThat(text).contains("一、总体情况", "二、各单位报送及采用情况", "三、考核积分及排名", "四、未报送及未完成任务的单位",
          "五、舆情信息报送及积分情况");
      assertThat(text).contains("各单位本季度考核积分合计 165 分;各社区舆情信息积分另计,合计 35 分。",
          "舆情信息积分最高的社区是:东风社区(35 分)。");
      assertThat(text).contains("全街道 8 个单位共报送宣传信息 6 篇,经审核有效采用 4 篇,质量不高 2 篇;被各级媒体采用 3 篇,"
          + "其中国家级 1 篇、省级 1 篇、市级 1 篇");
      assertThat(text).contains("本季度未报送稿件的单位:党政办公室、城市管理办公室、社会事务办公室、新华社区、迎宾社区。");
      // table 1: submissions and adoptions by level, in the organisation's order
      assertThat(row(doc.getTables().get(0), "经济发展办公室")).containsExactly("2", "经济发展办公室", "4", "3", "1", "0", "1",
          "1", "0", "2");
      assertThat(row(doc.getTables().get(0), "东风社区")).containsExactly("5", "东风社区", "1", "1", "0", "1", "0", "0",
          "0", "1");
      // table 2: points (R4–R8) and ranks exactly as /api/scores, opinion points beside them (另计)
      assertAgreesWithScores(doc.getTables().get(1), 2052, 1);
      assertThat(cells(doc.getTables().get(1).getRow(0))).containsSequence("考核积分", "舆情积分(另计)")
          .noneMatch(h -> h.contains("R9"));
      assertThat(row(doc.getTables().get(1), "经济发展办公室")).startsWith("1", "经济发展办公室").endsWith("115", "—");
      assertThat(row(doc.getTables().get(1), "东风社区")).startsWith("2", "东风社区").endsWith("50", "35");
      // table 3: opinion reports per community, their points (R9.1, R9.2, R9.3, total) and rank as /api/scores
      assertThat(row(doc.getTables().get(2), "东风社区")).containsExactly("东风社区", "2", "2", "0", "2", "0", "2", "1",
          "20", "0", "15", "35", "1");
      assertThat(row(doc.getTables().get(2), "新华社区")).containsExactly("新华社区", "1", "0", "1", "1", "0", "0", "0",
          "0", "0", "0", "0", "2");
      assertOpinionAgreesWithScores(doc.getTables().get(2), 2052, 1);
      // the bar chart of points per unit is a native Word chart
      assertThat(doc.getCharts()).hasSize(1);
      assertThat(doc.getCharts().get(0).getWorkbook().getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("经济发展办公室");
      assertThat(doc.getCharts().get(0).getWorkbook().getSheetAt(0).getRow(1).getCell(1).getNumericCellValue())
          .isEqualTo(115.0);
    }
    save("circular-2052-Q1-provisional.docx", provisional.getBody());

    // when the quarter is settled (R5.1): the circular is final and its points include the deductions
    assertThat(rest.withBasicAuth("editor-liu", "demo").exchange("/api/settlements?year=2052&quarter=1",
        HttpMethod.POST, HttpEntity.EMPTY, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<byte[]> settled = get("principal-zhang", "/api/reports/circular?year=2052&quarter=1&format=docx");
    save("circular-2052-Q1.docx", settled.getBody());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(settled.getBody()))) {
      String text = text(doc);
      assertThat(text).contains("关于2052年第一季度\n宣传信息工作情况的通报").doesNotContain("暂定");
      List<Map<String, Object>> scores = scores(2052, 1);
      assertThat(scores).allSatisfy(s -> assertThat(((Map<String, Integer>) s.get("breakdown"))).containsKey("R5.1"));
      assertAgreesWithScores(doc.getTables().get(1), 2052, 1);
      assertThat(text).contains("未完成每周报送任务的单位:").contains("经济发展办公室(少报 ");
    }

    // and the same figures as Excel, real numbers
    ResponseEntity<byte[]> xlsx = get("admin", "/api/reports/circular?year=2052&quarter=1&format=xlsx");
    assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
    save("circular-2052-Q1.xlsx", xlsx.getBody());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      assertThat(book.getSheet("说明").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("关于2052年第一季度宣传信息工作情况的通报");
      XSSFSheet points = book.getSheet("积分排名");
      Map<String, Object> economy = scores(2052, 1).stream().filter(s -> s.get("unitCode").equals("economy"))
          .findFirst().orElseThrow();
      Row economyRow = sheetRow(points, "经济发展办公室");
      assertThat(economyRow.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat((int) economyRow.getCell(0).getNumericCellValue()).isEqualTo(economy.get("rank"));
      assertThat((int) economyRow.getCell(economyRow.getLastCellNum() - 2).getNumericCellValue())
          .isEqualTo(economy.get("points"));
      Row dongfengOpinion = sheetRow(book.getSheet("舆情信息"), "东风社区");
      assertThat((int) dongfengOpinion.getCell(11).getNumericCellValue()).isEqualTo(35);
      assertThat((int) dongfengOpinion.getCell(12).getNumericCellValue()).isEqualTo(1);
      Row submissions = sheetRow(book.getSheet("报送采用"), "经济发展办公室");
      assertThat(submissions.getCell(2).getNumericCellValue()).isEqualTo(4.0);
      assertThat(book.getSheet("舆情信息")).isNotNull();
      assertThat(sheetRow(book.getSheet("任务完成"), "党政办公室").getCell(5).getStringCellValue()).isEqualTo("未报送稿件");
    }

    // the year-end assessment: ranking, commended, criticised, honours list
    ResponseEntity<byte[]> annual = get("editor-liu", "/api/reports/annual?year=2052&format=docx");
    save("annual-2052.docx", annual.getBody());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(annual.getBody()))) {
      String text = text(doc);
      assertThat(text).contains("关于2052年度\n宣传信息工作考核结果的通报(暂定)", "一、考核排名", "二、表彰单位",
          "对积分位居前列的经济发展办公室、东风社区予以通报表彰", "三、通报批评单位", "四、优秀信息员",
          "授予卫佳琪(经济发展办公室)");
      assertAgreesWithScores(doc.getTables().get(0), 2052, null);
      // commended by points (R4–R8: 50 less the settled first quarter's R5.1), opinion points beside them
      Map<String, Object> dongfeng = scores(2052, null).stream().filter(x -> x.get("unitCode").equals("dongfeng"))
          .findFirst().orElseThrow();
      assertThat(row(doc.getTables().get(1), "东风社区")).containsExactly("2", "东风社区",
          String.valueOf(dongfeng.get("points")), "35", "1", "1");
      assertThat(text).contains("六、舆情信息积分(另计)");
      assertOpinionAgreesWithScores(doc.getTables().get(5), 2052, null);
    }
    ResponseEntity<byte[]> annualXlsx = get("editor-liu", "/api/reports/annual?year=2052&format=xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(annualXlsx.getBody()))) {
      assertThat(sheetRow(book.getSheet("表彰单位"), "经济发展办公室")).isNotNull();
      Row criticised = sheetRow(book.getSheet("通报批评"), "党政办公室");
      assertThat(criticised.getCell(3).getStringCellValue()).isEqualTo("—"); // a department: no opinion points
      assertThat(criticised.getCell(4).getStringCellValue()).contains("未完成年度任务 50 篇");
      Row honoured = sheetRow(book.getSheet("优秀信息员"), "卫佳琪");
      assertThat(honoured.getCell(0).getNumericCellValue()).isEqualTo(1.0);
      // R4 115, and her own R5.1 line of the settled first quarter: 11 of 13 weeks missed, −22 → 93
      assertThat(honoured.getCell(4).getNumericCellValue()).isEqualTo(93.0);
      assertThat(honoured.getCell(5).getNumericCellValue()).isEqualTo(0.0);
      assertThat(honoured.getCell(6).getStringCellValue()).isEqualTo("优秀信息员");
      // 杨子涵 (东风社区): R4 50, R5.1 12 of 13 weeks missed −24 → 26; her 35 opinion points are shown apart
      Row dongfeng = sheetRow(book.getSheet("优秀信息员"), "杨子涵");
      assertThat(dongfeng.getCell(0).getNumericCellValue()).isEqualTo(2.0);
      assertThat(dongfeng.getCell(4).getNumericCellValue()).isEqualTo(26.0);
      assertThat(dongfeng.getCell(5).getNumericCellValue()).isEqualTo(35.0);
    }
  }

  @Test
  void onlyTheEditorialOfficeThePrincipalLeaderAndAdministratorsMayDownloadAndBadParametersAreRefusedInChinese() {
    for (String user : List.of("inf-economy", "head-economy", "sup-wang")) {
      ResponseEntity<Map> refused = rest.withBasicAuth(user, "demo")
          .getForEntity("/api/reports/circular?year=2053&quarter=1&format=docx", Map.class);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().get("detail").toString()).contains("只有政工科、街道主要领导和系统管理员");
    }
    assertThat(rest.withBasicAuth("inf-economy", "demo").getForEntity("/api/reports/annual?year=2053", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(detail("/api/reports/circular?year=2053&quarter=5&format=docx")).contains("季度 quarter 应在 1—4 之间");
    assertThat(detail("/api/reports/circular?year=abc&quarter=1")).contains("年份 year 应为整数");
    assertThat(detail("/api/reports/circular?quarter=1")).contains("缺少参数:年份 year");
    assertThat(detail("/api/reports/circular?year=2053&quarter=1&format=pdf")).contains("格式 format 应为 docx");
    assertThat(detail("/api/reports/annual?year=1999")).contains("年份 year 应在 2000—2100 之间");
  }

  private String detail(String url) {
    ResponseEntity<Map> bad = rest.withBasicAuth("editor-liu", "demo").getForEntity(url, Map.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return bad.getBody().get("detail").toString();
  }

  /** Table 2 of the circular, table 1 of the assessment: rank, points per rule (R4–R8), points and opinion points. */
  private void assertAgreesWithScores(XWPFTable table, int year, Integer quarter) {
    List<Map<String, Object>> scores = scores(year, quarter);
    assertThat(table.getRows()).hasSize(scores.size() + 1);
    List<String> header = cells(table.getRow(0));
    for (int i = 0; i < scores.size(); i++) {
      List<String> cells = cells(table.getRow(i + 1));
      Map<String, Object> s = scores.get(i);
      assertThat(cells.get(0)).isEqualTo(String.valueOf(s.get("rank")));
      assertThat(cells.get(1)).isEqualTo(s.get("unitName"));
      assertThat(cells.get(header.indexOf("考核积分"))).isEqualTo(String.valueOf(s.get("points")));
      assertThat(cells.get(header.indexOf("舆情积分(另计)")))
          .isEqualTo(s.get("opinionRank") == null ? "—" : String.valueOf(s.get("opinionPoints")));
      Map<String, Integer> breakdown = (Map<String, Integer>) s.get("breakdown");
      breakdown.forEach((rule, points) -> {
        if (!rule.startsWith("R9")) {
          int column = header.indexOf(header.stream().filter(h -> h.endsWith("(" + rule + ")")).findFirst().orElseThrow());
          assertThat(cells.get(column)).as(s.get("unitCode") + " " + rule).isEqualTo(String.valueOf(points));
        }
      });
    }
  }

  /** The public-opinion table: per community R9.1–R9.3, the opinion points and their rank as {@code /api/scores}. */
  private void assertOpinionAgreesWithScores(XWPFTable table, int year, Integer quarter) {
    List<String> header = cells(table.getRow(0));
    List<Map<String, Object>> communities = scores(year, quarter).stream().filter(s -> s.get("opinionRank") != null)
        .toList();
    assertThat(table.getRows()).hasSize(communities.size() + 2); // header, communities, total
    for (Map<String, Object> s : communities) {
      List<String> cells = row(table, (String) s.get("unitName"));
      Map<String, Integer> breakdown = (Map<String, Integer>) s.get("breakdown");
      for (String rule : List.of("R9.1", "R9.2", "R9.3")) {
        int column = header.indexOf(header.stream().filter(h -> h.endsWith("(" + rule + ")")).findFirst().orElseThrow());
        assertThat(cells.get(column)).as(s.get("unitCode") + " " + rule)
            .isEqualTo(String.valueOf(breakdown.getOrDefault(rule, 0)));
      }
      assertThat(cells.get(header.indexOf("舆情积分"))).isEqualTo(String.valueOf(s.get("opinionPoints")));
      assertThat(cells.get(header.indexOf("舆情名次"))).isEqualTo(String.valueOf(s.get("opinionRank")));
    }
  }

  private List<Map<String, Object>> scores(int year, Integer quarter) {
    return rest.withBasicAuth("editor-liu", "demo").exchange("/api/scores?year=" + year
        + (quarter == null ? "" : "&quarter=" + quarter), HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
  }

  @Test
  void theCircularsSourceDataHasEveryReviewLevelsOpinionAlsoWithAnApproval() throws Exception {
    // given an article on an important meeting (R1.3: head, supervisor, principal, then the editorial office), each
    // level approving with an opinion except the principal, who approves without one
    ResponseEntity<Map> started = rest.withBasicAuth("inf-economy", "demo").postForEntity(
        "/engine-rest/process-definition/key/ArticleReview/start",
        org.publicitydesk.TestArticles.restStart("economy", "LEADERSHIP"), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = (String) started.getBody().get("id");
    complete("head-economy", instanceId, Map.of("approved", Map.of("value", true),
        "comment", Map.of("value", "同意,数据已核实")));
    complete("sup-wang", instanceId, Map.of("approved", Map.of("value", true),
        "comment", Map.of("value", "请政工科重点编发")));
    complete("principal-zhang", instanceId, Map.of("approved", Map.of("value", true)));
    complete("editor-liu", instanceId, Map.of("decision", Map.of("value", "ACCEPT"),
        "comment", Map.of("value", "拟报市级媒体")));
    String number = jdbc.queryForObject("select number from pd_article where process_instance_id = ?", String.class,
        instanceId);

    // when the editorial office downloads the circular of this quarter as Excel
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    ResponseEntity<byte[]> xlsx = get("editor-liu", "/api/reports/circular?year=" + today.getYear() + "&quarter="
        + ((today.getMonthValue() - 1) / 3 + 1) + "&format=xlsx");

    // then its source sheet lists the four levels' decisions in order, with who, and every opinion given
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      XSSFSheet sheet = book.getSheet("审核意见");
      assertThat(sheet).isNotNull();
      List<String> header = cellTexts(sheet.getRow(2));
      assertThat(header).containsExactly("稿件编号", "单位", "标题", "稿件状态", "稿次", "审核环节", "审核人", "审核结论",
          "审核意见", "审核时间");
      List<List<String>> rows = new java.util.ArrayList<>();
      for (Row row : sheet) {
        if (row.getRowNum() > 2 && number.equals(row.getCell(0).getStringCellValue())) {
          List<String> cells = cellTexts(row);
          rows.add(cells.subList(5, 9));
          assertThat(cells.subList(1, 5)).containsExactly("经济发展办公室", "经济发展办公室2026年1月5日工作信息", "已采用", "1");
          assertThat(cells.get(9)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        }
      }
      assertThat(rows).containsExactly(
          List.of("单位负责人审核", "钱伟", "同意", "同意,数据已核实"),
          List.of("分管领导审核", "王海涛", "同意", "请政工科重点编发"),
          List.of("主要领导审核", "张建国", "同意", ""),
          List.of("政工科审核", "刘晓燕", "采用", "拟报市级媒体"));
    }
  }

  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  /** Completes the one open task of the instance that {@code user} may see (claimed first, as Tasklist does). */
  private void complete(String user, String instanceId, Map<String, Object> variables) {
    List<Map<String, Object>> tasks = rest.withBasicAuth(user, "demo").exchange(
        "/engine-rest/task?processInstanceId=" + instanceId, HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
    assertThat(tasks).as(user).hasSize(1);
    ResponseEntity<String> r = rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + tasks.get(0).get("id")
        + "/complete", HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables)), String.class);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static List<String> cellTexts(Row row) {
    List<String> texts = new java.util.ArrayList<>();
    row.forEach(c -> texts.add(c.getCellType() == CellType.NUMERIC ? String.valueOf((long) c.getNumericCellValue())
        : c.getStringCellValue()));
    return texts;
  }

  private ResponseEntity<byte[]> get(String user, String url) {
    ResponseEntity<byte[]> r = rest.withBasicAuth(user, "demo").getForEntity(url, byte[].class);
    assertThat(r.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
    return r;
  }

  private static String text(XWPFDocument doc) {
    return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
  }

  private static List<String> row(XWPFTable table, String unitName) {
    return table.getRows().stream().map(ReportsTest::cells).filter(c -> c.contains(unitName)).findFirst().orElseThrow();
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
  }

  private static Row sheetRow(XSSFSheet sheet, String text) {
    for (Row row : sheet) {
      for (var cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
          return row;
        }
      }
    }
    return null;
  }

  private static void save(String name, byte[] bytes) throws IOException {
    Path dir = Path.of("target", "reports");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), bytes);
  }

  private void importQuarter() {
    List<Map<String, Object>> articles = List.of(
        article("R-E1", "economy", "inf-economy", "2052-01-08", "ACCEPTED",
            List.of(adoption("PROVINCIAL", "大众日报", "BRIEF", "OTHER_PAGE_HEADLINE", "2052-01-20"))),
        article("R-E2", "economy", "inf-economy", "2052-02-06", "ACCEPTED",
            List.of(adoption("CITY", "市日报", "LONG", "NONE", "2052-02-10"))),
        article("R-E3", "economy", "inf-economy-2", "2052-02-13", "ACCEPTED", List.of()),
        article("R-E4", "economy", "inf-economy-2", "2052-03-01", "LOW_QUALITY", List.of()),
        article("R-D1", "dongfeng", "inf-dongfeng", "2052-03-01", "ACCEPTED",
            List.of(adoption("DISTRICT", "区融媒体中心", "LONG", "FRONT_PAGE_HEADLINE", "2052-03-03"),
                adoption("NATIONAL", "人民日报", "BRIEF", "NONE", "2052-03-05"))),
        article("R-H1", "heping", "inf-heping", "2052-02-20", "LOW_QUALITY", List.of()));
    List<Map<String, Object>> opinion = List.of(
        opinion("R-O1", "dongfeng", "inf-dongfeng", "2052-01-05T09:10:00+08:00", false),
        opinion("R-O2", "dongfeng", "inf-dongfeng", "2052-01-08T09:00:00+08:00", true),
        opinion("R-O3", "xinhua", "inf-xinhua", "2052-01-15T10:00:00+08:00", false));
    ResponseEntity<Map> imported = rest.withBasicAuth("editor-liu", "demo").exchange("/api/import", HttpMethod.POST,
        new HttpEntity<>(Map.of("articles", articles, "opinionReports", opinion)), Map.class);
    assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
  }

  private static Map<String, Object> article(String id, String unit, String informant, String day, String outcome,
      List<Map<String, Object>> adoptions) {
    Map<String, Object> a = new HashMap<>();
    a.putAll(Map.of("externalId", id, "unitCode", unit, "informant", informant, "title", "工作信息",
        "itemClass", "ORDINARY", "submittedAt", day + "T10:00:00+08:00", "outcome", outcome, "adoptions", adoptions));
    return a;
  }

  private static Map<String, Object> adoption(String level, String name, String length, String placement, String day) {
    return Map.of("mediaLevel", level, "mediaName", name, "length", length, "placement", placement, "publishedOn", day);
  }

  private static Map<String, Object> opinion(String id, String unit, String informant, String at, boolean bulletin) {
    return Map.of("externalId", id, "unitCode", unit, "informant", informant, "title", "舆情", "content", "群众反映",
        "submittedAt", at, "outcome", "ACCEPTED", "adoptedInBulletin", bulletin);
  }
}
