package org.publicitydesk.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The tables of the .docx written as text ({@link TableXml}, issue 17) are the XML that POI's {@code XWPFTable} wrote
 * before, character for character: the reference below is the earlier {@code OfficialDocx.table}, kept here.
 */
class TableXmlTest {

  @Test
  void aTableWrittenAsTextIsTheTableXwpfWrote() throws Exception {
    // given values of every kind: numbers, names, text to escape, white space, empty, null, a dash
    List<String> header = List.of("序号", "单位", "报送稿件", "舆情积分(另计)", " 空格 ");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(java.util.Arrays.asList(1, "东风社区", 12, "—", "a<b&c>d"));
    rows.add(java.util.Arrays.asList(2, "经济发展办公室", -3, 0, "]]>"));
    rows.add(java.util.Arrays.asList("", "合计", 9L, " 前后有空格 ", null));
    rows.add(java.util.Arrays.asList(4, "\"引号\"'单引号'", 0, "tab\tin", "x\ny\rz"));

    // when
    byte[] docx;
    try (OfficialDocx doc = new OfficialDocx()) {
      doc.paragraph("前");
      doc.table(header, rows);
      doc.paragraph("中");
      doc.table(List.of("单位"), List.of(List.of("新华社区")));
      doc.paragraph("后");
      docx = doc.bytes();
    }
    String ours = documentXml(docx);
    String reference;
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("前");
      xwpfTable(doc, header, rows);
      doc.createParagraph().createRun().setText("中");
      xwpfTable(doc, List.of("单位"), List.of(List.of("新华社区")));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      reference = documentXml(out.toByteArray());
    }

    // then: the same two tables, each followed by the same empty paragraph, in the same places
    assertThat(tables(ours)).hasSize(2).containsExactlyElementsOf(tables(reference));
    assertThat(ours).contains("</w:tbl><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>").doesNotContain("pd-table-");
    try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(read.getTables()).hasSize(2);
      assertThat(read.getTables().get(0).getRow(1).getCell(4).getText()).isEqualTo("a<b&c>d");
      assertThat(read.getTables().get(1).getRow(1).getCell(0).getText()).isEqualTo("新华社区");
    }
  }

  private static List<String> tables(String xml) {
    List<String> tables = new ArrayList<>();
    for (int at = xml.indexOf("<w:tbl>"); at >= 0; at = xml.indexOf("<w:tbl>", at + 1)) {
      tables.add(xml.substring(at, xml.indexOf("</w:tbl>", at) + "</w:tbl>".length()));
    }
    return tables;
  }

  private static String documentXml(byte[] docx) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }

  /** The earlier {@code OfficialDocx.table}: POI's table API, cell by cell. */
  private static void xwpfTable(XWPFDocument doc, List<String> header, List<List<Object>> rows) {
    XWPFTable table = doc.createTable(rows.size() + 1, header.size());
    table.setStyleID(OfficialDocx.TABLE_STYLE);
    table.setTableAlignment(TableRowAlign.CENTER);
    CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
        : table.getCTTbl().getTblPr().addNewTblW();
    width.setType(STTblWidth.PCT);
    width.setW(BigInteger.valueOf(5000));
    table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
    table.setCellMargins(0, 60, 0, 60);
    int[] widths = OfficialDocx.widths(header, rows);
    XWPFTableRow head = table.getRow(0);
    head.setRepeatHeader(true);
    for (int c = 0; c < header.size(); c++) {
      XWPFTableCell cell = head.getCell(c);
      cell.setWidth(String.valueOf(widths[c]));
      cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
      cell.setColor("F2F2F2");
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setAlignment(ParagraphAlignment.CENTER);
      p.setSpacingAfter(0);
      p.setSpacingBefore(0);
      XWPFRun r = p.createRun();
      r.setText(header.get(c));
      r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
      r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
      r.setFontFamily(OfficialDocx.HEADING_FONT, XWPFRun.FontCharRange.eastAsia);
      r.setFontSize(10.5);
      r.setBold(false);
    }
    for (int i = 0; i < rows.size(); i++) {
      XWPFTableRow row = table.getRow(i + 1);
      row.setCantSplitRow(true);
      for (int c = 0; c < rows.get(i).size(); c++) {
        XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
        Object v = rows.get(i).get(c);
        if (!(v instanceof Number)) {
          p.setAlignment(ParagraphAlignment.CENTER);
        }
        p.createRun().setText(v == null ? "" : v.toString());
      }
    }
    var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    doc.createParagraph().setSpacingAfter(0);
  }
}
