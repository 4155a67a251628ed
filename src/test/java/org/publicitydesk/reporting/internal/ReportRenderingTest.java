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
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.opinion.OpinionReports.CommunityFigures;
import org.publicitydesk.reporting.internal.ReportData.Circular;
import org.publicitydesk.reporting.internal.ReportData.Heading;
import org.publicitydesk.reporting.internal.ReportData.UnitFigures;

/** Writing the documents alone: text that a spreadsheet would run stays text, and 500 units still make a document. */
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
    List<UnitFigures> units = new ArrayList<>();
    List<CommunityFigures> communities = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      Map<MediaLevel, Integer> adopted = new EnumMap<>(MediaLevel.class);
      adopted.put(MediaLevel.CITY, i % 4);
      int points = 500 - i;
      units.add(new UnitFigures(i, "u" + i, "第" + i + "社区", "社区", 13, 11, 1, adopted,
          Map.of("R4", points + 10, "R5.1", -10), points, i + 1, 0, 1, 11, 13, 2));
      communities.add(new CommunityFigures("u" + i, "第" + i + "社区", 60, 55, 5, 58, 2, 53, 3));
    }
    Circular circular = new Circular(new Heading("示例街道", "示例街道党工委宣传工作领导小组办公室", 2026, 1,
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 2), false), units,
        List.of("R4", "R5.1"), communities, List.of());

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
}
