package org.publicitydesk.opinion.internal;

import static org.publicitydesk.opinion.MonthlyOpinionSettlementProcess.MESSAGE_REQUESTED;
import static org.publicitydesk.opinion.MonthlyOpinionSettlementProcess.MONTH;
import static org.publicitydesk.opinion.MonthlyOpinionSettlementProcess.YEAR;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.scoring.SettleNow;
import org.publicitydesk.security.CurrentUser;
import org.publicitydesk.security.RequestRefused;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/settlements?year=Y&month=M&kind=OPINION} (contract), editorial office: starts
 * {@code MonthlyOpinionSettlement} for an ended month (R9.2); {@code preview=true} books nothing.
 */
@RestController
class OpinionSettlementController {

  private final OpinionSettlement settlement;
  private final SettleNow settleNow;
  private final CurrentUser user;

  OpinionSettlementController(OpinionSettlement settlement, SettleNow settleNow, CurrentUser user) {
    this.settlement = settlement;
    this.settleNow = settleNow;
    this.user = user;
  }

  record Settled(String period, boolean provisional, String processInstanceId,
      List<OpinionSettlement.CommunityMonth> communities) {
  }

  @PostMapping(path = "/api/settlements", params = "kind=OPINION")
  Settled settle(@RequestParam int year, @RequestParam int month,
      @RequestParam(defaultValue = "false") boolean preview) {
    user.requireAny("只有政工科和系统管理员可以结算", Groups.EDITORIAL, Groups.ADMIN);
    if (month < 1 || month > 12) {
      throw new RequestRefused("月份应为 1—12,收到 " + month);
    }
    YearMonth period = YearMonth.of(year, month);
    String name = year + "年" + month + "月舆情信息";
    if (preview) {
      return new Settled(name, true, null, settlement.settle(period, true));
    }
    settlement.requireEnded(period);
    Map<String, Object> variables = new HashMap<>(Map.of(YEAR, year, MONTH, month));
    String started = settleNow.settle(MESSAGE_REQUESTED, variables);
    return new Settled(name, false, started, settlement.settle(period, true));
  }
}
