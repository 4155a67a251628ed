package org.publicitydesk.reporting.internal;

import java.util.List;

/**
 * A table of {@link OfficialDocx} as WordprocessingML text ({@code <w:tbl>…</w:tbl>}), written straight into a
 * {@link StringBuilder}: the same elements, attributes and order that POI's {@code XWPFTable} gave (the table style
 * {@link OfficialDocx#TABLE_STYLE}, full width, fixed layout, single borders, a grey header row repeated on every page,
 * body rows that do not split, text cells centred). A 1,000-unit circular has some 30,000 body cells: built as XMLBeans
 * objects and serialised, they were most of the time its .docx took, and on a first call after start most of the JIT
 * compiler's work (issue 17).
 */
final class TableXml {

  private static final String HEADER_CELL_END = "\" w:type=\"dxa\"/><w:shd w:color=\"auto\" w:val=\"clear\""
      + " w:fill=\"F2F2F2\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:spacing w:after=\"0\" w:before=\"0\"/>"
      + "<w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
      + " w:eastAsia=\"" + OfficialDocx.HEADING_FONT + "\"/><w:sz w:val=\"21\"/><w:b w:val=\"off\"/></w:rPr>";

  private TableXml() {
  }

  /** The table: the header row (carrying the column widths in twips), then one body row per row of values. */
  static String of(List<String> header, List<List<Object>> rows, int[] widths) {
    StringBuilder x = new StringBuilder(256 + 64 * header.size() * (rows.size() + 1));
    x.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").append(OfficialDocx.TABLE_STYLE).append("\"/>")
        .append("<w:tblW w:w=\"5000\" w:type=\"pct\"/><w:jc w:val=\"center\"/><w:tblBorders><w:top w:val=\"single\"/>")
        .append("<w:left w:val=\"single\"/><w:bottom w:val=\"single\"/><w:right w:val=\"single\"/>")
        .append("<w:insideH w:val=\"single\"/><w:insideV w:val=\"single\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/>")
        .append("<w:tblCellMar><w:left w:type=\"dxa\" w:w=\"60\"/><w:right w:type=\"dxa\" w:w=\"60\"/></w:tblCellMar>")
        .append("</w:tblPr><w:tblGrid>");
    for (int w : widths) {
      x.append("<w:gridCol w:w=\"").append(w).append("\"/>");
    }
    x.append("</w:tblGrid><w:tr><w:trPr><w:tblHeader w:val=\"on\"/></w:trPr>");
    for (int c = 0; c < header.size(); c++) {
      x.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[c]).append(HEADER_CELL_END);
      text(x, header.get(c));
      x.append("</w:r></w:p></w:tc>");
    }
    x.append("</w:tr>");
    for (List<Object> row : rows) {
      x.append("<w:tr><w:trPr><w:cantSplit w:val=\"on\"/></w:trPr>");
      for (Object v : row) {
        // numbers take the style's right alignment, text is centred
        x.append(v instanceof Number ? "<w:tc><w:p><w:r>" : "<w:tc><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r>");
        text(x, v == null ? "" : v.toString());
        x.append("</w:r></w:p></w:tc>");
      }
      x.append("</w:tr>");
    }
    return x.append("</w:tbl>").toString();
  }

  /** {@code <w:t>}, keeping leading or trailing white space as {@code XWPFRun.setText} does; escaped as XMLBeans does. */
  private static void text(StringBuilder x, String s) {
    if (s.isEmpty()) {
      x.append("<w:t/>");
      return;
    }
    boolean preserve = Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1));
    x.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> x.append("&amp;");
        case '<' -> x.append("&lt;");
        case '>' -> x.append(i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']' ? "&gt;" : ">");
        case '\r' -> x.append("&#13;");
        default -> x.append(ch);
      }
    }
    x.append("</w:t>");
  }
}
