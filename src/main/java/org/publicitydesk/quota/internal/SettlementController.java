package org.publicitydesk.quota.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.quota.SettlementProcesses;
import org.publicitydesk.quota.Settlements;
import org.publicitydesk.scoring.SettleNow;
import org.publicitydesk.security.CurrentUser;
import org.publicitydesk.security.RequestRefused;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/settlements} (contract; editorial office): settles a quarter or a year now by starting its BPMN
 * process (so Cockpit shows it), or previews it ({@code preview=true}, books nothing). {@code GET /api/quota/weeks}: the
 * weekly table behind R5.1, per informant and week, to check by hand.
 */
@RestController
class SettlementController {

  private final Settlements settlements;
  private final SettlementService service;
  private final SettleNow settleNow;
  private final CurrentUser user;
  private final OrganizationDirectory directory;
  private final BusinessClock clock;

  SettlementController(Settlements settlements, SettlementService service, SettleNow settleNow, CurrentUser user,
      OrganizationDirectory directory, BusinessClock clock) {
    this.clock = clock;
    this.settlements = settlements;
    this.service = service;
    this.settleNow = settleNow;
    this.user = user;
    this.directory = directory;
  }

  record Settled(String period, boolean provisional, String processInstanceId, List<Settlements.UnitResult> units) {
  }

  @PostMapping("/api/settlements")
  Settled settle(@RequestParam int year, @RequestParam(required = false) Integer quarter,
      @RequestParam(required = false) Integer month, @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "false") boolean preview) {
    user.requireAny("只有政工科和系统管理员可以结算", Groups.EDITORIAL, Groups.ADMIN);
    if (month != null || kind != null) {
      throw new RequestRefused("月度结算只用于舆情信息 (R9.2):请同时给出 year、month 和 kind=OPINION");
    }
    if (preview) {
      Settlements.Result r = quarter == null ? settlements.year(year, true) : settlements.quarter(year, quarter, true);
      return new Settled(r.period(), true, null, r.units());
    }
    if (quarter != null && (quarter < 1 || quarter > 4)) {
      throw new RequestRefused("季度应为 1—4,收到 " + quarter);
    }
    LocalDate last = quarter == null ? LocalDate.of(year, 12, 31) : LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    if (!clock.today().isAfter(last)) {
      // refused before any process starts
      throw new RequestRefused(year + (quarter == null ? "年度" : "年第" + quarter + "季度") + "尚未结束(截至 "
          + last + "),不能结算;如需查看当前数字,请用预览(preview=true,不记分)");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(SettlementProcesses.YEAR, year);
    if (quarter != null) {
      variables.put(SettlementProcesses.QUARTER, quarter);
    }
    String message = quarter == null ? SettlementProcesses.ANNUAL_REQUESTED : SettlementProcesses.QUARTERLY_REQUESTED;
    String started = settleNow.settle(message, variables);
    Settlements.Result booked = quarter == null ? settlements.year(year, true) : settlements.quarter(year, quarter, true);
    return new Settled(booked.period() + "(截至 " + last + ")", false, started, booked.units());
  }

  record WeekRow(String informant, String name, int isoWeek, LocalDate monday, boolean workingWeek, boolean informantThen,
      int countableArticles, boolean missing) {
  }

  @GetMapping("/api/quota/weeks")
  List<WeekRow> weeks(@RequestParam String unitCode, @RequestParam int year, @RequestParam int quarter) {
    UnitInfo unit = directory.unit(unitCode)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "单位 " + unitCode + " 不存在"));
    user.requireAny("您无权查看" + unit.name() + "的任务完成情况", Groups.EDITORIAL, Groups.PRINCIPALS, Groups.ADMIN,
        Groups.unit(unit.code()), Groups.unitSupervisor(unit.code()));
    if (quarter < 1 || quarter > 4) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "季度应为 1—4,收到 " + quarter);
    }
    LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    return service.weeks(unit, from, from.plusMonths(3).minusDays(1)).stream()
        .flatMap(i -> i.weeks().stream().map(w -> new WeekRow(i.informant(), i.name(),
            w.monday().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR), w.monday(), w.working(), w.member(),
            w.countable(), w.missing())))
        .toList();
  }
}
