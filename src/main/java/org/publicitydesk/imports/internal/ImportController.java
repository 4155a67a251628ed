package org.publicitydesk.imports.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.publicitydesk.calendar.BusinessClock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.publicitydesk.imports.ImportFile;
import org.publicitydesk.imports.ImportRejected;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/import} (contract): the editorial office and administrators bring in past records as JSON or as
 * .xlsx with the same columns (raw body or a multipart upload); {@code GET /api/import/template.xlsx} is the template.
 */
@RestController
class ImportController {

  private final ImportService imports;
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final CurrentUser user;
  private final BusinessClock clock;
  private final ObjectMapper json;

  ImportController(ImportService imports, CurrentUser user, BusinessClock clock, ObjectMapper json) {
    this.imports = imports;
    this.user = user;
    this.clock = clock;
    this.json = json;
  }

  @PostMapping(path = "/api/import", consumes = MediaType.APPLICATION_JSON_VALUE)
  ImportService.Result importJson(@RequestBody ImportFile file) {
    return imports.importAll(file, editor());
  }

  @PostMapping(path = "/api/import", consumes = XLSX)
  ImportService.Result importXlsx(@RequestBody byte[] workbook) {
    String user = editor();
    return imports.importAll(XlsxImport.read(workbook, clock.zone()), user);
  }

  @PostMapping(path = "/api/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportService.Result importUpload(@RequestParam("file") MultipartFile file) throws IOException {
    String user = editor();
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
    ImportFile content = name.endsWith(".json") ? json.readValue(file.getBytes(), ImportFile.class)
        : XlsxImport.read(file.getBytes(), clock.zone());
    return imports.importAll(content, user);
  }

  /** The .xlsx template with the columns, an example row and the allowed values. */
  @GetMapping("/api/import/template.xlsx")
  ResponseEntity<byte[]> template() throws IOException {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("宣传信息历史记录导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
        .body(XlsxImport.template());
  }

  @ExceptionHandler(ImportRejected.class)
  ProblemDetail rejected(ImportRejected e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("导入文件有误,未导入任何记录");
    problem.setProperty("errors", e.errors());
    return problem;
  }

  private String editor() {
    return user.requireAny("只有政工科和系统管理员可以导入历史记录", Groups.EDITORIAL, Groups.ADMIN);
  }
}
