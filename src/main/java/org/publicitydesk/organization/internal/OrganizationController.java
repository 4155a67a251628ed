package org.publicitydesk.organization.internal;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.OrganizationLoaded;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/units} (contract) and {@code /api/organization/reload} (administrators). */
@RestController
@RequestMapping("/api")
class OrganizationController {

  private final OrganizationDirectory directory;
  private final OrganizationLoader loader;
  private final IdentityService identity;

  OrganizationController(OrganizationDirectory directory, OrganizationLoader loader, IdentityService identity) {
    this.directory = directory;
    this.loader = loader;
    this.identity = identity;
  }

  /** Units with kind, supervising leader, heads and informants. */
  @GetMapping("/units")
  List<UnitInfo> units() {
    return directory.units();
  }

  /** Re-reads the organisation file; a wrong file changes nothing and answers 422 with every fault. */
  @PostMapping("/organization/reload")
  OrganizationLoaded reload() {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || auth.getGroupIds() == null || !auth.getGroupIds().contains(Groups.ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有系统管理员可以重新加载组织机构 (administrators only)");
    }
    return loader.reload();
  }

  @ExceptionHandler(OrganizationFileException.class)
  ProblemDetail rejected(OrganizationFileException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setTitle("组织机构文件有误");
    problem.setProperty("faults", e.faults());
    return problem;
  }
}
