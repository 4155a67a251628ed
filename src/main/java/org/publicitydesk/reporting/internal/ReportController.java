package org.publicitydesk.reporting.internal;

import java.nio.charset.StandardCharsets;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.reporting.internal.ReportData.Heading;
import org.publicitydesk.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/reports/circular?year=Y&quarter=Q&format=docx|xlsx} (R11.1) and
 * {@code GET /api/reports/annual?year=Y&format=docx|xlsx} (R11.3), contract: for the editorial office, the principal
 * leader and administrators. A period not yet settled is generated all the same, marked 暂定 (provisional).
 */
@RestController
class ReportController {

  static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ReportFigures figures;
  private final CurrentUser user;

  ReportController(ReportFigures figures, CurrentUser user) {
    this.figures = figures;
    this.user = user;
  }

  @GetMapping("/api/reports/circular")
  ResponseEntity<byte[]> circular(@RequestParam(required = false) String year,
      @RequestParam(required = false) String quarter, @RequestParam(required = false) String format) {
    allowed();
    int y = year(year);
    int q = number(quarter, "季度 quarter", 1, 4);
    boolean word = word(format);
    ReportData.Circular c = figures.circular(y, q, !word);
    return file(word ? CircularReport.docx(c) : CircularReport.xlsx(c), word, c.heading(),
        y + "年第" + q + "季度宣传信息工作通报");
  }

  @GetMapping("/api/reports/annual")
  ResponseEntity<byte[]> annual(@RequestParam(required = false) String year,
      @RequestParam(required = false) String format) {
    allowed();
    int y = year(year);
    boolean word = word(format);
    ReportData.Annual a = figures.annual(y);
    return file(word ? AnnualReport.docx(a) : AnnualReport.xlsx(a), word, a.heading(), y + "年度宣传信息工作考核");
  }

  private void allowed() {
    user.requireAny("只有政工科、街道主要领导和系统管理员可以下载通报和考核结果", Groups.EDITORIAL, Groups.PRINCIPALS,
        Groups.ADMIN);
  }

  private static int year(String year) {
    return number(year, "年份 year", 2000, 2100);
  }

  private static int number(String value, String name, int min, int max) {
    if (value == null || value.isBlank()) {
      throw bad("缺少参数:" + name);
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        throw bad(name + " 应在 " + min + "—" + max + " 之间,收到 " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      throw bad(name + " 应为整数,收到 " + value);
    }
  }

  private static boolean word(String format) {
    if (format == null || format.isBlank() || format.equalsIgnoreCase("docx")) {
      return true;
    }
    if (format.equalsIgnoreCase("xlsx")) {
      return false;
    }
    throw bad("格式 format 应为 docx(Word)或 xlsx(Excel),收到 " + format);
  }

  private static ResponseStatusException bad(String detail) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
  }

  private static ResponseEntity<byte[]> file(byte[] bytes, boolean word, Heading heading, String name) {
    String filename = name + (heading.provisional() ? CircularReport.PROVISIONAL : "") + (word ? ".docx" : ".xlsx");
    return ResponseEntity.ok()
        .contentType(word ? DOCX : XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
        .header("X-Report-Provisional", String.valueOf(heading.provisional()))
        .body(bytes);
  }
}
