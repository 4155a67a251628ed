package org.publicitydesk.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.publicitydesk.documents.SpreadsheetText;

/**
 * An .xlsx with one sheet per table: a header row, numbers as real numeric cells, text as text. Text that a
 * spreadsheet would read as a formula (starting with = + - @, or a tab or carriage return) is stored with the quote
 * prefix, so it shows as typed and never runs (CSV/Excel injection).
 */
final class Workbook implements AutoCloseable {

  private final XSSFWorkbook book = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle quoted;
  private final CellStyle number;

  Workbook() {
    Font bold = book.createFont();
    bold.setBold(true);
    bold.setFontName("宋体");
    Font plain = book.createFont();
    plain.setFontName("宋体");
    header = border(book.createCellStyle());
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    text = border(book.createCellStyle());
    text.setFont(plain);
    quoted = border(book.createCellStyle());
    quoted.setFont(plain);
    quoted.setQuotePrefixed(true);
    number = border(book.createCellStyle());
    number.setFont(plain);
    number.setDataFormat(book.createDataFormat().getFormat("0"));
  }

  /** A sheet with a title line, an empty line, the header and the rows; the header row stays visible. */
  void sheet(String name, String title, List<String> columns, List<List<Object>> rows) {
    Sheet sheet = book.createSheet(name);
    int r = 0;
    if (title != null) {
      put(sheet.createRow(r++).createCell(0), title, null);
      r++;
    }
    Row head = sheet.createRow(r++);
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = head.createCell(c);
      cell.setCellValue(columns.get(c));
      cell.setCellStyle(header);
    }
    sheet.createFreezePane(0, r);
    for (List<Object> values : rows) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < values.size(); c++) {
        put(row.createCell(c), values.get(c), text);
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      int widest = columns.get(c).length();
      for (List<Object> values : rows) {
        widest = Math.max(widest, String.valueOf(values.get(c)).length());
      }
      sheet.setColumnWidth(c, Math.min(60, 4 + widest * 2) * 256);
    }
  }

  private void put(Cell cell, Object value, CellStyle style) {
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
      cell.setCellStyle(number);
    } else {
      String s = value == null ? "" : value.toString();
      cell.setCellValue(s);
      if (SpreadsheetText.looksLikeFormula(s)) {
        cell.setCellStyle(quoted);
      } else if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    book.close();
  }

  private static CellStyle border(CellStyle style) {
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }
}
