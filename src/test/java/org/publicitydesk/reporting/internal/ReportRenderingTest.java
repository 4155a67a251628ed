package org.publicitydesk.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.opinion.OpinionReports.CommunityFigures;
import org.publicitydesk.reporting.internal.ReportData.Circular;
import org.publicitydesk.reporting.internal.ReportData.Heading;
import org.publicitydesk.reporting.internal.ReportData.UnitFigures;

/**
 * Writing the documents alone: text that a spreadsheet would run stays text, 500 units still make a document, and the
 * tables' fonts come from one table style.
 */
class ReportRenderingTest {

  @Test
  void textThatLooksLikeAFormulaIsStoredWithTheQuotePrefix() throws Exception {
    // given
    byte[] bytes;
    try (Workbook book = new Workbook()) {
      book.sheet("表", null, List.of("单位", "积分"), List.of(
          List.of("=HYPERLINK(\"http://x\",\"点我\")", 1), List.of("+1+1", 2), List.of("-2", 3), List.of("@SUM(A1)", 4),
          List.of("东风社区", -5)));
      bytes = book.bytes();
    }
    // then
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      var sheet = book.getSheet("表");
      for (int r = 1; r <= 4; r++) {
        XSSFCell cell = sheet.getRow(r).getCell(0);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
      }
      assertThat(sheet.getRow(5).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(sheet.getRow(5).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(-5.0);
    }
  }

  @Test
  void aCircularOf500UnitsIsWrittenAndTimed() throws Exception {
    // given 500 units with figures
    Circular circular = circular(500);

    // when
    long t0 = System.nanoTime();
    byte[] docx = CircularReport.docx(circular);
    long t1 = System.nanoTime();
    byte[] xlsx = CircularReport.xlsx(circular);
    long t2 = System.nanoTime();

    // then
    System.out.printf("通报 500 个单位: docx %d ms (%d KB), xlsx %d ms (%d KB)%n", (t1 - t0) / 1_000_000,
        docx.length / 1024, (t2 - t1) / 1_000_000, xlsx.length / 1024);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(doc.getTables().get(1).getRows()).hasSize(501);
      assertThat(doc.getCharts()).hasSize(1);
    }
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheet("积分排名").getLastRowNum()).isEqualTo(2 + 500);
    }
  }

  @Test
  void tableBodiesTakeSongTiFiveFromTheTableStyleAndHeadersKeepHeiTi() throws Exception {
    // given
    byte[] docx = CircularReport.docx(circular(3));

    // then: one table style with the body text's font, size, spacing and alignment (issue 17: not in every cell)
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      String style = doc.getStyles().getStyle(OfficialDocx.TABLE_STYLE).getCTStyle().xmlText();
      assertThat(style).contains("w:type=\"table\"", "w:eastAsia=\"宋体\"", "w:ascii=\"Times New Roman\"",
          "<w:sz w:val=\"21\"/>", "<w:spacing w:before=\"0\" w:after=\"0\"/>", "<w:jc w:val=\"right\"/>",
          "<w:vAlign w:val=\"center\"/>");
      assertThat(doc.getTables()).hasSize(3).allSatisfy(t -> {
        assertThat(t.getStyleID()).isEqualTo(OfficialDocx.TABLE_STYLE);
        // the header: 黑体 五号 on grey, centred
        XWPFTableCell head = t.getRow(0).getCell(1);
        assertThat(head.getColor()).isEqualTo("F2F2F2");
        assertThat(head.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        XWPFRun headRun = head.getParagraphs().get(0).getRuns().get(0);
        assertThat(headRun.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
        assertThat(headRun.getFontSizeAsDouble()).isEqualTo(10.5);
        // a body row: the style's font and size (nothing of its own), names centred, numbers right-aligned
        int nameColumn = t.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList().indexOf(
            t.getRow(0).getCell(0).getText().equals("社区") ? "社区" : "单位");
        XWPFParagraph name = t.getRow(1).getCell(nameColumn).getParagraphs().get(0);
        assertThat(name.getText()).startsWith("第");
        assertThat(name.getRuns().get(0).getCTR().getRPr()).isNull();
        assertThat(name.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        XWPFParagraph number = t.getRow(1).getCell(2).getParagraphs().get(0);
        assertThat(number.getText()).matches("-?\\d+");
        assertThat(number.getCTP().getPPr()).isNull();
        assertThat(number.getRuns().get(0).getCTR().getRPr()).isNull();
      });
    }
  }

  @Test
  void theWarmUpsMadeUpCircularIsWritten() throws Exception {
    // given
    Circular circular = DocumentWarmUp.circular(50);

    // when
    byte[] docx = CircularReport.docx(circular);
    byte[] xlsx = CircularReport.xlsx(circular);

    // then
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(doc.getTables()).hasSize(3);
      assertThat(doc.getTables().get(1).getRows()).hasSize(51);
    }
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheet("审核意见").getLastRowNum()).isEqualTo(3);
    }
    DocumentWarmUp.write();
  }

  /** A circular of {@code n} units, every other one a community. */
  private static Circular circular(int n) {
    List<UnitFigures> units = new ArrayList<>();
    List<CommunityFigures> communities = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<MediaLevel, Integer> adopted = new EnumMap<>(MediaLevel.class);
      adopted.put(MediaLevel.CITY, i % 4);
      int points = n - i;
      units.add(new UnitFigures(i, "u" + i, "第" + i + "社区", "社区", 13, 11, 1, adopted,
          Map.of("R4", points + 10, "R5.1", -10), points, i + 1, 0, 1, 11, 13, 2));
      communities.add(new CommunityFigures("u" + i, "第" + i + "社区", 60, 55, 5, 58, 2, 53, 3));
    }
    return new Circular(new Heading("示例街道", "示例街道党工委宣传工作领导小组办公室", 2026, 1,
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 2), false), units,
        List.of("R4", "R5.1"), communities, List.of());
  }
}
