package org.publicitydesk.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * A Word document laid out like an official document of a Chinese government office (GB/T 9704 in spirit): A4,
 * red masthead with the issue number, the issuing office and the date above a red rule, a title in a song-style font,
 * body text in 仿宋 with a two-character indent, headings 一、二、… in 黑体, tables in 宋体, page numbers "— 1 —", and
 * the closing record (抄送 / 印发) between rules. Charts are native Word charts, drawn by the reader's Word with the
 * reader's fonts, so Chinese labels need no font on the server.
 */
final class OfficialDocx implements AutoCloseable {

  static final String TITLE_FONT = "方正小标宋简体";
  static final String BODY_FONT = "仿宋";
  static final String HEADING_FONT = "黑体";
  static final String TABLE_FONT = "宋体";
  static final String RED = "C00000";
  /** The style of every table's body: {@link #tableStyle()}. */
  static final String TABLE_STYLE = "PdTable";
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  /** A4 width less the left and right margins, in twips. */
  static final int TEXT_WIDTH = 11906 - 1588 - 1474;

  /** The tables' XML in document order, and the text of the marker paragraph each one replaces. */
  private final List<String> tableXml = new ArrayList<>();
  private final String tableMarker = "pd-table-" + UUID.randomUUID() + "-";
  private final XWPFDocument doc = new TablesAsText();
  private int sections;

  OfficialDocx() {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(2098));
    margins.setBottom(BigInteger.valueOf(1984));
    margins.setLeft(BigInteger.valueOf(1588));
    margins.setRight(BigInteger.valueOf(1474));
    margins.setHeader(BigInteger.valueOf(851));
    margins.setFooter(BigInteger.valueOf(992));
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, "— ", TABLE_FONT, 14, false, null);
    p.getCTP().addNewFldSimple().setInstr("PAGE");
    run(p, " —", TABLE_FONT, 14, false, null);
    tableStyle();
  }

  /**
   * The table text as a table style: 宋体 五号 (Times New Roman for Latin letters and digits), no space before or after,
   * numbers right-aligned, centred vertically. A body cell then holds only its text (a text cell also its centring): a
   * 1,000-unit circular has some 30,000 of them, and writing four font properties into each was most of the time its
   * .docx took (issue 17). Header rows keep their own formatting.
   */
  private void tableStyle() {
    try {
      CTStyle style = CTStyle.Factory.parse("<xml-fragment xmlns:w=\"" + W + "\" w:type=\"table\" w:styleId=\""
          + TABLE_STYLE + "\"><w:name w:val=\"" + TABLE_STYLE + "\"/><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/>"
          + "<w:jc w:val=\"right\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
          + " w:eastAsia=\"" + TABLE_FONT + "\"/><w:sz w:val=\"21\"/></w:rPr><w:tcPr><w:vAlign w:val=\"center\"/>"
          + "</w:tcPr></xml-fragment>");
      doc.createStyles().addStyle(new XWPFStyle(style));
    } catch (org.apache.xmlbeans.XmlException e) {
      throw new IllegalStateException(e);
    }
  }

  XWPFDocument document() {
    return doc;
  }

  /** The red masthead: name of the publication, issue, issuing office and date, and the red rule under them. */
  void masthead(String publication, String issue, String office, String date) {
    XWPFParagraph name = doc.createParagraph();
    name.setAlignment(ParagraphAlignment.CENTER);
    name.setSpacingBefore(200);
    run(name, publication, TITLE_FONT, 30, true, RED);
    XWPFParagraph number = doc.createParagraph();
    number.setAlignment(ParagraphAlignment.CENTER);
    number.setSpacingBefore(240);
    run(number, issue, BODY_FONT, 16, false, null);
    XWPFParagraph line = doc.createParagraph();
    line.setBorderBottom(Borders.THICK);
    line.getCTPPr().getPBdr().getBottom().setColor(RED);
    line.getCTPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(18));
    line.setSpacingAfter(360);
    // the office on the left, the date on the right: a right tab at the text width
    line.getCTPPr().addNewTabs().addNewTab().setPos(BigInteger.valueOf(8844));
    line.getCTPPr().getTabs().getTabArray(0).setVal(
        org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
    run(line, office, BODY_FONT, 14, false, null);
    run(line, "\t" + date, BODY_FONT, 14, false, null);
  }

  /** The title, centred, one run per line (official titles are broken by meaning, not by the margin). */
  void title(String... lines) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(240);
    for (int i = 0; i < lines.length; i++) {
      XWPFRun r = run(p, lines[i], TITLE_FONT, 22, true, null);
      if (i < lines.length - 1) {
        r.addBreak();
      }
    }
  }

  /** A remark in red under the title, e.g. that the figures are provisional. */
  void remark(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(240);
    run(p, text, HEADING_FONT, 14, false, RED);
  }

  /** The addressees: "各科室、各社区:", flush left. */
  void salutation(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
    run(p, text, BODY_FONT, 16, false, null);
  }

  /** A numbered heading 一、二、… in 黑体. */
  void heading(String text) {
    String number = "一二三四五六七八九十".charAt(sections++) + "、";
    XWPFParagraph p = doc.createParagraph();
    p.setIndentationFirstLine(640);
    p.setSpacingBefore(120);
    p.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
    run(p, number + text, HEADING_FONT, 16, false, null);
  }

  /** Body text: 仿宋 三号, first line indented by two characters, fixed 28 pt lines. */
  void paragraph(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setIndentationFirstLine(640);
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
    run(p, text, BODY_FONT, 16, false, null);
  }

  /** A caption above a table or chart: "表1 …", centred, bold. */
  void caption(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingBefore(120);
    p.setSpacingAfter(60);
    p.setKeepNext(true);
    run(p, text, HEADING_FONT, 12, false, null);
  }

  /**
   * A full-width table; the first row is the header. Numbers are right-aligned, text centred. Written as text
   * ({@link TableXml}) in place of a marker paragraph when the document is saved ({@link TablesAsText}).
   */
  void table(List<String> header, List<List<Object>> rows) {
    doc.createParagraph().createRun().setText(tableMarker + tableXml.size());
    tableXml.add(TableXml.of(header, rows, widths(header, rows)));
    doc.createParagraph().setSpacingAfter(0);
  }

  /** Column widths in twips over the text width, by the longest value of each column (names wide, numbers narrow). */
  static int[] widths(List<String> header, List<List<Object>> rows) {
    int[] weights = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      // in half characters, plus a little air: headers may wrap after four characters, values should not wrap
      int w = 2 * Math.min(4, header.get(c).length()) + 2;
      for (List<Object> row : rows) {
        w = Math.max(w, 2 * String.valueOf(row.get(c)).length() + 2);
      }
      weights[c] = Math.min(w, 36);
    }
    int sum = java.util.Arrays.stream(weights).sum();
    int[] widths = new int[weights.length];
    for (int c = 0; c < weights.length; c++) {
      widths[c] = TEXT_WIDTH * weights[c] / sum;
    }
    return widths;
  }

  /** A native Word column chart of one series, e.g. points per unit (values may be negative). */
  void barChart(String seriesName, List<String> categories, List<Integer> values) {
    try {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      XWPFRun run = p.createRun();
      long height = Math.min(14, 8 + categories.size() / 4) * (long) Units.EMU_PER_CENTIMETER;
      XWPFChart chart = doc.createChart(run, 15 * Units.EMU_PER_CENTIMETER, (int) height);
      chart.setAutoTitleDeleted(true);
      XSSFSheet sheet = chart.getWorkbook().getSheetAt(0);
      XSSFRow head = sheet.createRow(0);
      head.createCell(0).setCellValue("单位");
      head.createCell(1).setCellValue(seriesName);
      for (int i = 0; i < categories.size(); i++) {
        XSSFRow row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(categories.get(i));
        row.createCell(1).setCellValue(values.get(i));
      }
      int n = categories.size();
      XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(categories.toArray(String[]::new),
          chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
      XDDFNumericalDataSource<Integer> vals = XDDFDataSourcesFactory.fromArray(values.toArray(Integer[]::new),
          chart.formatRange(new CellRangeAddress(1, n, 1, 1)), 1);
      XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
      // unit names below the plot area, also under negative bars
      x.setTickLabelPosition(org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition.LOW);
      XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
      y.setCrosses(AxisCrosses.AUTO_ZERO);
      y.setCrossBetween(AxisCrossBetween.BETWEEN);
      XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
      data.setBarDirection(BarDirection.COL);
      data.setVaryColors(false);
      XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(cats, vals);
      series.setTitle(seriesName, new org.apache.poi.ss.util.CellReference(sheet.getSheetName(), 0, 1, true, true));
      series.setFillProperties(new org.apache.poi.xddf.usermodel.XDDFSolidFillProperties(
          org.apache.poi.xddf.usermodel.XDDFColor.from(new byte[] {(byte) 0xC0, 0x00, 0x00})));
      series.setInvertIfNegative(false);
      chart.plot(data);
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException("图表生成失败", e);
    }
  }

  /** The signature block: issuing office and date, right-aligned, after some space. */
  void signature(String office, String date) {
    XWPFParagraph space = doc.createParagraph();
    space.setSpacingBefore(480);
    for (String line : List.of(office, date)) {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.RIGHT);
      p.setIndentationRight(640);
      p.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
      run(p, line, BODY_FONT, 16, false, null);
    }
  }

  /** The closing record (版记): 抄送 and 印发 lines between rules. */
  void closingRecord(String copyTo, String office, String date) {
    XWPFParagraph space = doc.createParagraph();
    space.setSpacingBefore(720);
    XWPFParagraph cc = doc.createParagraph();
    cc.setBorderTop(Borders.SINGLE);
    cc.setBorderBottom(Borders.SINGLE);
    cc.setIndentationLeft(280);
    run(cc, "抄送:" + copyTo, BODY_FONT, 14, false, null);
    XWPFParagraph printed = doc.createParagraph();
    printed.setBorderBottom(Borders.SINGLE);
    printed.getCTPPr().addNewTabs().addNewTab().setPos(BigInteger.valueOf(8564));
    printed.getCTPPr().getTabs().getTabArray(0).setVal(
        org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
    printed.setIndentationLeft(280);
    run(printed, office, BODY_FONT, 14, false, null);
    run(printed, "\t" + date + "印发", BODY_FONT, 14, false, null);
  }

  void pageBreak() {
    doc.createParagraph().setPageBreak(true);
  }

  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }

  /**
   * The document whose {@code document.xml} is saved as POI saves it, except that each table's marker paragraph
   * ({@code <w:p><w:r><w:t>marker</w:t></w:r></w:p>}, where the table was added) is replaced by the table's XML.
   */
  private final class TablesAsText extends XWPFDocument {

    @Override
    protected void commit() throws IOException {
      XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
      options.setSaveSyntheticDocumentElement(new QName(CTDocument1.type.getName().getNamespaceURI(), "document"));
      ByteArrayOutputStream saved = new ByteArrayOutputStream();
      getDocument().save(saved, options);
      String xml = saved.toString(StandardCharsets.UTF_8);
      StringBuilder out = new StringBuilder(xml.length() + tableXml.stream().mapToInt(String::length).sum());
      int from = 0;
      for (int i = 0; i < tableXml.size(); i++) {
        String marker = "<w:p><w:r><w:t>" + tableMarker + i + "</w:t></w:r></w:p>";
        int at = xml.indexOf(marker, from);
        if (at < 0) {
          throw new IllegalStateException("表格 " + (i + 1) + " 的位置标记不见了");
        }
        out.append(xml, from, at).append(tableXml.get(i));
        from = at + marker.length();
      }
      out.append(xml, from, xml.length());
      try (OutputStream part = getPackagePart().getOutputStream()) {
        part.write(out.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static XWPFRun run(XWPFParagraph p, String text, String font, double size, boolean bold, String color) {
    XWPFRun r = p.createRun();
    if (text.startsWith("\t")) {
      r.addTab();
    }
    r.setText(text.startsWith("\t") ? text.substring(1) : text);
    r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
    r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
    r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    r.setFontSize(size);
    r.setBold(bold);
    if (color != null) {
      r.setColor(color);
    }
    return r;
  }
}
