package org.publicitydesk.imports.internal;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.publicitydesk.imports.ImportFile;
import org.publicitydesk.imports.ImportRejected;
import org.publicitydesk.organization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/import} (JSON, contract): the editorial office and administrators bring in past records. */
@RestController
class ImportController {

  private final ImportService imports;
  private final IdentityService identity;

  ImportController(ImportService imports, IdentityService identity) {
    this.imports = imports;
    this.identity = identity;
  }

  @PostMapping(path = "/api/import", consumes = MediaType.APPLICATION_JSON_VALUE)
  ImportService.Result importJson(@RequestBody ImportFile file) {
    return imports.importAll(file, editor());
  }

  @ExceptionHandler(ImportRejected.class)
  ProblemDetail rejected(ImportRejected e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("导入文件有误,未导入任何记录");
    problem.setProperty("errors", e.errors());
    return problem;
  }

  private String editor() {
    Authentication auth = identity.getCurrentAuthentication();
    List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    if (!groups.contains(Groups.EDITORIAL) && !groups.contains(Groups.ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有政工科和系统管理员可以导入历史记录");
    }
    return auth.getUserId();
  }
}
