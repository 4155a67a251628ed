package org.publicitydesk.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * R12: the editorial office records informant meetings and training sessions with attendees from the organisation,
 * minutes and materials checked by content; attendees read theirs, the office all; the year-end assessment lists them.
 */
@PublicityDeskTest
class MeetingsTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theEditorialOfficeRecordsATrainingWithMaterialsAndItsAttendeesReadIt() throws IOException {
    // given a training session held on 2026-03-10
    ResponseEntity<Map> recorded = record("editor-liu", Map.of("kind", "TRAINING", "date", "2026-03-10",
        "topic", "新闻写作与摄影培训", "organiser", "政工科", "attendees", List.of("inf-economy", "inf-urban", "head-economy",
            "inf-economy"), "minutes", "讲解新闻五要素和图片说明写法。"));
    assertThat(recorded.getStatusCode().value()).as(String.valueOf(recorded.getBody())).isEqualTo(201);
    long id = ((Number) recorded.getBody().get("id")).longValue();
    assertThat(recorded.getBody()).containsEntry("kindLabel", "业务培训").containsEntry("attendeeCount", 3);
    assertThat(jdbc.queryForList("select person_id from pd_meeting_attendee where meeting_id = ? order by person_id",
        String.class, id)).containsExactly("head-economy", "inf-economy", "inf-urban");
    // when the office uploads a Word file, a PDF and a PowerPoint presentation
    for (Map.Entry<String, byte[]> file : Map.of("讲义.docx", TestArticles.docx("新闻写作讲义", "一、新闻五要素"),
        "课件.pdf", pdf(), "课件.pptx", pptx()).entrySet()) {
      ResponseEntity<Map> uploaded = upload("editor-liu", id, file.getKey(), file.getValue());
      assertThat(uploaded.getStatusCode().value()).as(file.getKey() + " " + uploaded.getBody()).isEqualTo(201);
    }
    // then the materials are stored as documents of kind MATERIAL and listed with the meeting
    assertThat(jdbc.queryForList("select d.content_type from pd_meeting_material m join pd_document d"
        + " on d.id = m.document_id where m.meeting_id = ? and d.kind = 'MATERIAL' order by d.content_type",
        String.class, id)).containsExactly("application/pdf",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    // an attendee sees it and downloads its material; someone who was not there does not see it; the office sees all
    List<Map<String, Object>> mine = rest.withBasicAuth("inf-urban", "demo").getForObject("/api/meetings", List.class);
    Map<String, Object> seen = mine.stream().filter(m -> ((Number) m.get("id")).longValue() == id).findFirst()
        .orElseThrow();
    assertThat(seen).containsEntry("topic", "新闻写作与摄影培训").containsEntry("minutes", "讲解新闻五要素和图片说明写法。");
    List<Map<String, Object>> materials = (List<Map<String, Object>>) seen.get("materials");
    assertThat(materials).hasSize(3);
    String pdfUrl = materials.stream().filter(m -> m.get("filename").equals("课件.pdf")).findFirst().orElseThrow()
        .get("url").toString();
    ResponseEntity<byte[]> download = rest.withBasicAuth("inf-urban", "demo").getForEntity(pdfUrl, byte[].class);
    assertThat(download.getStatusCode().value()).isEqualTo(200);
    assertThat(download.getBody()).isEqualTo(pdf());
    assertThat(rest.withBasicAuth("inf-dongfeng", "demo").getForObject("/api/meetings", List.class))
        .noneSatisfy(m -> assertThat(((Number) ((Map<String, Object>) m).get("id")).longValue()).isEqualTo(id));
    assertThat(rest.withBasicAuth("inf-dongfeng", "demo").getForEntity("/api/meetings/" + id, String.class)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(rest.withBasicAuth("inf-dongfeng", "demo").getForEntity(pdfUrl, String.class).getStatusCode().value())
        .isEqualTo(404);
    assertThat(rest.withBasicAuth("principal-zhang", "demo").getForEntity("/api/meetings/" + id, Map.class)
        .getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void onlyTheEditorialOfficeRecordsAndEveryInputIsChecked() {
    Map<String, Object> valid = Map.of("kind", "MEETING", "date", "2026-02-03", "topic", "一季度信息员例会",
        "organiser", "政工科", "attendees", List.of("inf-economy"));
    for (String user : List.of("inf-economy", "head-economy", "sup-wang", "principal-zhang")) {
      ResponseEntity<Map> refused = record(user, valid);
      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(refused.getBody().get("detail").toString()).contains("只有政工科可以登记例会和培训");
    }
    assertThat(detail(with(valid, "attendees", List.of("inf-economy", "nobody-x")))).contains("nobody-x 不在组织机构中");
    assertThat(detail(with(valid, "attendees", List.of()))).contains("请至少填写一位参会人员");
    assertThat(detail(with(valid, "date", "2099-01-01"))).contains("只登记已经举行的例会和培训");
    assertThat(detail(with(valid, "topic", " "))).contains("【topic 主题】不能为空");
    assertThat(detail(with(valid, "kind", "PARTY"))).isNotBlank();
    assertThat(jdbc.queryForObject("select count(*) from pd_meeting where topic = '一季度信息员例会'", Integer.class))
        .isZero();
  }

  @Test
  void materialsAreCheckedByTheirContent() throws IOException {
    long id = ((Number) record("editor-liu", Map.of("kind", "MEETING", "date", "2026-04-07", "topic", "材料检查例会",
        "organiser", "政工科", "attendees", List.of("inf-heping"))).getBody().get("id")).longValue();
    byte[] docx = TestArticles.docx("不是演示文稿");
    assertThat(uploadDetail(id, "假.pdf", docx)).contains("材料“假.pdf”不是有效的 PDF 文件");
    assertThat(uploadDetail(id, "截断.pdf", "%PDF-1.4\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.US_ASCII)))
        .contains("不完整");
    assertThat(uploadDetail(id, "脚本.pdf", ("%PDF-1.4\n1 0 obj<</S /JavaScript /JS (app.alert(1))>>endobj\n"
        + "trailer<<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII))).contains("含有脚本");
    assertThat(uploadDetail(id, "假.pptx", docx)).contains("材料“假.pptx”不是 PowerPoint 演示文稿");
    assertThat(uploadDetail(id, "截断.pptx", java.util.Arrays.copyOf(pptx(), 300))).contains("不是有效的 PowerPoint 文件");
    assertThat(uploadDetail(id, "纪要.txt", "纪要".getBytes(StandardCharsets.UTF_8))).contains("会议材料须为 Word (.docx)、PDF");
    assertThat(uploadDetail(id, "空.docx", TestArticles.docx())).contains("材料“空.docx”中没有文字");
    assertThat(uploadDetail(id, "旧版.docx", pptx())).contains("材料“旧版.docx”");
    assertThat(upload("inf-heping", id, "课件.pdf", pdf()).getStatusCode().value()).isEqualTo(403);
    assertThat(upload("editor-liu", 987654321L, "课件.pdf", pdf()).getStatusCode().value()).isEqualTo(404);
    assertThat(jdbc.queryForObject("select count(*) from pd_meeting_material where meeting_id = ?", Integer.class, id))
        .isZero();
  }

  @Test
  void theYearEndAssessmentListsTheYearsMeetingsAndTrainingWithAttendeeCounts() throws IOException {
    // given (on a clock at the end of 2051) an informant meeting and a training session of that year
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2051-12-30T10:00:00+08:00").toInstant()));
    record("editor-liu", Map.of("kind", "MEETING", "date", "2051-03-02", "topic", "2051年第一次信息员例会",
        "organiser", "政工科", "attendees", List.of("inf-economy", "inf-economy-2", "inf-urban", "inf-dongfeng")));
    record("editor-liu", Map.of("kind", "TRAINING", "date", "2051-09-15", "topic", "2051年业务培训",
        "organiser", "区委宣传部", "attendees", List.of("inf-economy", "inf-heping")));
    // when the assessment of 2051 is written
    ResponseEntity<byte[]> docx = rest.withBasicAuth("editor-liu", "demo")
        .getForEntity("/api/reports/annual?year=2051&format=docx", byte[].class);
    // then it has a section with both sessions and their attendee counts
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
      String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
      assertThat(text).contains("信息员例会和业务培训")
          .contains("本年度共召开信息员例会 1 次、举办业务培训 1 次,累计参加 6 人次");
      XWPFTable table = doc.getTables().get(doc.getTables().size() - 1);
      assertThat(cells(table, 1)).containsExactly("1", "2051-03-02", "信息员例会", "2051年第一次信息员例会", "政工科", "4", "0");
      assertThat(cells(table, 2)).containsExactly("2", "2051-09-15", "业务培训", "2051年业务培训", "区委宣传部", "2", "0");
    }
    ResponseEntity<byte[]> xlsx = rest.withBasicAuth("editor-liu", "demo")
        .getForEntity("/api/reports/annual?year=2051&format=xlsx", byte[].class);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      assertThat(book.getSheet("例会与培训").getRow(3).getCell(3).getStringCellValue()).isEqualTo("2051年第一次信息员例会");
      assertThat(book.getSheet("例会与培训").getRow(3).getCell(5).getNumericCellValue()).isEqualTo(4.0);
    }
  }

  private static List<String> cells(XWPFTable table, int row) {
    return table.getRow(row).getTableCells().stream().map(c -> c.getText().strip()).toList();
  }

  private ResponseEntity<Map> record(String user, Map<String, Object> body) {
    return rest.withBasicAuth(user, "demo").postForEntity("/api/meetings", body, Map.class);
  }

  private String detail(Map<String, Object> body) {
    ResponseEntity<Map> bad = record("editor-liu", body);
    assertThat(bad.getStatusCode().value()).as(String.valueOf(bad.getBody())).isEqualTo(400);
    return bad.getBody().get("detail").toString();
  }

  private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    Map<String, Object> copy = new java.util.HashMap<>(body);
    copy.put(key, value);
    return copy;
  }

  private ResponseEntity<Map> upload(String user, long id, String filename, byte[] bytes) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return filename;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo").postForEntity("/api/meetings/" + id + "/materials",
        new HttpEntity<>(form, headers), Map.class);
  }

  private String uploadDetail(long id, String filename, byte[] bytes) {
    ResponseEntity<Map> bad = upload("editor-liu", id, filename, bytes);
    assertThat(bad.getStatusCode().value()).as(filename + " " + bad.getBody()).isEqualTo(400);
    return bad.getBody().get("detail").toString();
  }

  static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj<</Type /Catalog /Pages 2 0 R>>endobj\n2 0 obj<</Type /Pages /Kids [] /Count 0>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] pptx() throws IOException {
    try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      show.createSlide();
      show.write(out);
      return out.toByteArray();
    }
  }
}
