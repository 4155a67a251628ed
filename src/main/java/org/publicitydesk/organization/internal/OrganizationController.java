package org.publicitydesk.organization.internal;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
// impl: IdentityService.getCurrentAuthentication() answers with this class; there is no public type for it
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

  /** The leading group (领导小组) and its office (R12); 404 when the organisation file has none. */
  @io.swagger.v3.oas.annotations.Operation(summary = "领导小组及其办公室",
      description = "组织机构文件中的宣传信息工作领导小组:组长、副组长、成员,领导小组办公室(所在单位、主任、工作人员)。未设置时 404。")
  @GetMapping("/organization/leading-group")
  OrganizationDirectory.LeadingGroup leadingGroup() {
    return directory.leadingGroup().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "组织机构文件中没有设置领导小组 (leadingGroup)"));
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
