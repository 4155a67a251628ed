package org.publicitydesk.imports.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.publicitydesk.documents.SpreadsheetText;
import org.publicitydesk.imports.ImportFile;
import org.publicitydesk.imports.ImportFile.AdoptionRow;
import org.publicitydesk.imports.ImportFile.ArticleRow;
import org.publicitydesk.imports.ImportRejected;

/**
 * The .xlsx form of the import (same columns as the JSON): sheet 1 articles, sheet 2 adoptions (by article
 * externalId), and the template offered for download. Formulas are refused: only values are imported.
 */
final class XlsxImport {

  static final List<String> ARTICLE_COLUMNS = List.of("externalId", "unitCode", "informant", "title", "itemClass",
      "category", "submittedAt", "outcome", "forwardedFromUnit", "leadId");
  static final List<String> ADOPTION_COLUMNS = List.of("externalId", "mediaLevel", "mediaName", "length", "placement",
      "publishedOn");

  private XlsxImport() {
  }

  static ImportFile read(byte[] bytes, ZoneId zone) {
    List<String> errors = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      if (workbook.getNumberOfSheets() < 2) {
        throw new ImportRejected(List.of("工作簿应有两张表:稿件 (articles) 和采用 (adoptions),请使用下载的模板"));
      }
      Map<String, List<AdoptionRow>> adoptions = new LinkedHashMap<>();
      for (Map<String, String> row : rows(workbook.getSheetAt(1), ADOPTION_COLUMNS, "采用表", zone, errors)) {
        adoptions.computeIfAbsent(row.get("externalId"), k -> new ArrayList<>()).add(new AdoptionRow(
            row.get("mediaLevel"), row.get("mediaName"), row.get("length"), row.get("placement"), row.get("publishedOn")));
      }
      List<ArticleRow> articles = new ArrayList<>();
      for (Map<String, String> row : rows(workbook.getSheetAt(0), ARTICLE_COLUMNS, "稿件表", zone, errors)) {
        articles.add(new ArticleRow(row.get("externalId"), row.get("unitCode"), row.get("informant"), row.get("title"),
            row.get("itemClass"), row.get("category"), row.get("submittedAt"), row.get("outcome"),
            row.get("forwardedFromUnit"), row.get("leadId"), adoptions.getOrDefault(row.get("externalId"), List.of())));
      }
      if (!errors.isEmpty()) {
        throw new ImportRejected(errors);
      }
      return new ImportFile(articles, List.of());
    } catch (ImportRejected e) {
      throw e;
    } catch (Exception e) {
      throw new ImportRejected(List.of("无法读取 Excel 文件(应为 .xlsx):" + e.getMessage()));
    }
  }

  private static List<Map<String, String>> rows(Sheet sheet, List<String> columns, String name, ZoneId zone,
      List<String> errors) {
    List<Map<String, String>> rows = new ArrayList<>();
    Row header = sheet.getRow(0);
    DataFormatter formatter = new DataFormatter();
    for (int c = 0; c < columns.size(); c++) {
      String found = header == null || header.getCell(c) == null ? "" : formatter.formatCellValue(header.getCell(c)).strip();
      if (!found.equals(columns.get(c))) {
        errors.add(name + "第 1 行第 " + (c + 1) + " 列应为 " + columns.get(c) + ",实为“" + found + "”(请使用下载的模板)");
      }
    }
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      boolean empty = true;
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = row.getCell(c);
        String value = null;
        if (cell != null && cell.getCellType() == CellType.FORMULA) {
          errors.add(name + "第 " + (r + 1) + " 行 " + columns.get(c) + ":不接受公式,请粘贴为数值");
        } else if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
          LocalDateTime time = cell.getLocalDateTimeCellValue();
          value = columns.get(c).equals("publishedOn") ? time.toLocalDate().toString()
              : time.atZone(zone).toOffsetDateTime().toString();
        } else if (cell != null) {
          value = formatter.formatCellValue(cell).strip();
        }
        if (value != null && !value.isEmpty()) {
          empty = false;
        }
        values.put(columns.get(c), value == null || value.isEmpty() ? null : value);
      }
      if (!empty) {
        rows.add(values);
      }
    }
    return rows;
  }

  static byte[] template() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet articles = workbook.createSheet("稿件 articles");
      header(articles, ARTICLE_COLUMNS);
      values(articles.createRow(1), "A-1", "economy", "inf-economy", "经济发展办公室2026年1月5日工作信息", "ORDINARY",
          "AREA_DEVELOPMENT", "2026-01-05T10:00:00+08:00", "ACCEPTED", "", "");
      Sheet adoptions = workbook.createSheet("采用 adoptions");
      header(adoptions, ADOPTION_COLUMNS);
      values(adoptions.createRow(1), "A-1", "CITY", "市日报", "LONG", "NONE", "2026-01-07");
      Sheet help = workbook.createSheet("说明");
      String[][] lines = {
          {"itemClass", "ORDINARY 一般性稿件;MAJOR 重大活动、特色工作、品牌建设;LEADERSHIP 主要决策、重要会议等"},
          {"category", "AREA_DEVELOPMENT 片区开发;BRAND 品牌建设;INNOVATION 创新工作;HIGHLIGHT 亮点特色;OTHER 其他动态(可空)"},
          {"submittedAt", "报送时间,带时区,例如 2026-01-05T10:00:00+08:00(也可用 Excel 日期时间,按业务时区)"},
          {"outcome", "ACCEPTED 采用;LOW_QUALITY 质量不高;REJECTED 未采用"},
          {"forwardedFromUnit", "科室转发社区稿件时填社区代码(R2.3),否则留空"},
          {"mediaLevel", "NATIONAL 国家级;PROVINCIAL 省级;CITY 市级;DISTRICT 区级"},
          {"length", "LONG 长篇;BRIEF 简讯"},
          {"placement", "NONE 无;FRONT_PAGE_HEADLINE 头版头条;OTHER_PAGE_HEADLINE 其他版面头条"},
          {"externalId", "原表中的编号;重复导入同一编号会更新该记录,不会重复"}};
      for (int i = 0; i < lines.length; i++) {
        values(help.createRow(i), lines[i]);
      }
      for (Sheet sheet : List.of(articles, adoptions, help)) {
        for (int c = 0; c < 10; c++) {
          sheet.setColumnWidth(c, 24 * 256);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static void header(Sheet sheet, List<String> columns) {
    values(sheet.createRow(0), columns.toArray(String[]::new));
  }

  private static void values(Row row, String... values) {
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(SpreadsheetText.safe(values[i]));
    }
  }
}
