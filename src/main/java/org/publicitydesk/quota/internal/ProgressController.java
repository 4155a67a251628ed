package org.publicitydesk.quota.internal;

import java.util.Comparator;
import java.util.List;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/progress}: live quota progress of the units the caller may see — informants and heads their own
 * unit, supervising leaders theirs, the principal leader and the editorial office all — units at risk first.
 */
@RestController
class ProgressController {

  private final Progress progress;
  private final OrganizationDirectory directory;
  private final CurrentUser user;

  ProgressController(Progress progress, OrganizationDirectory directory, CurrentUser user) {
    this.progress = progress;
    this.directory = directory;
    this.user = user;
  }

  @GetMapping("/api/progress")
  @Transactional(readOnly = true)
  List<Progress.UnitProgress> progress(@RequestParam(required = false) String unitCode) {
    if (unitCode != null && directory.unit(unitCode).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "单位 " + unitCode + " 不存在");
    }
    List<UnitInfo> visible = directory.units().stream()
        .filter(u -> unitCode == null || u.code().equals(unitCode))
        .filter(u -> user.isInAny(Groups.EDITORIAL, Groups.PRINCIPALS, Groups.ADMIN, Groups.unit(u.code()),
            Groups.unitSupervisor(u.code())))
        .toList();
    if (unitCode != null && visible.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您无权查看该单位的任务进度");
    }
    return visible.stream().map(progress::of)
        .sorted(Comparator.comparing(Progress.UnitProgress::atRisk).reversed()).toList();
  }
}
