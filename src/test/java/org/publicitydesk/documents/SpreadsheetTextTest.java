package org.publicitydesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** CSV/Excel injection: text that a spreadsheet would take for a formula is neutralised; other text is unchanged. */
class SpreadsheetTextTest {

  @Test
  void textThatCouldStartAFormulaGetsALeadingApostrophe() {
    assertThat(SpreadsheetText.safe("=HYPERLINK(\"http://evil\",\"点我\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"点我\")");
    assertThat(SpreadsheetText.safe("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
    assertThat(SpreadsheetText.safe("-2+3")).isEqualTo("'-2+3");
    assertThat(SpreadsheetText.safe("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
    assertThat(SpreadsheetText.safe("＝1+1")).isEqualTo("'＝1+1");
  }

  @Test
  void otherTextIsUnchanged() {
    assertThat(SpreadsheetText.safe("经济发展办公室2026年1月5日工作信息")).isEqualTo("经济发展办公室2026年1月5日工作信息");
    assertThat(SpreadsheetText.safe("A=1")).isEqualTo("A=1");
    assertThat(SpreadsheetText.safe("2026-01-05")).isEqualTo("2026-01-05");
  }

  @Test
  void tabsCarriageReturnsNullAndEmptyText() {
    assertThat(SpreadsheetText.safe("\t=1")).isEqualTo("'\t=1");
    assertThat(SpreadsheetText.safe("\r=1")).isEqualTo("'\r=1");
    assertThat(SpreadsheetText.safe(null)).isNull();
    assertThat(SpreadsheetText.safe("")).isEmpty();
  }

  @Test
  void aWorkbookWrittenWithItHoldsTextNeverAFormula() throws Exception {
    byte[] bytes;
    try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
      workbook.createSheet("稿件").createRow(0).createCell(0).setCellValue(SpreadsheetText.safe("=1+1"));
      workbook.write(out);
      bytes = out.toByteArray();
    }
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      var cell = read.getSheetAt(0).getRow(0).getCell(0);
      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
      assertThat(cell.getStringCellValue()).isEqualTo("'=1+1");
    }
  }
}
