package org.publicitydesk.followup.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.publicitydesk.security.CurrentUser;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/articles/{number}/remind}: the informant's 催办, contract "Desk and approval operations". */
@RestController
@Tag(name = "抄送与催办")
class ReminderController {

  private final ReminderService service;
  private final CurrentUser user;

  ReminderController(ReminderService service, CurrentUser user) {
    this.service = service;
    this.user = user;
  }

  @Operation(summary = "信息员催办",
      description = "报送该稿件的信息员催办当前审核人(任务办理人,未认领时为全部候选人),每个工作日一次。"
          + "非本稿件信息员 403;稿件不在等待审核 409;同一工作日第二次 409。")
  @PostMapping("/api/articles/{number}/remind")
  ReminderService.Reminded remind(@PathVariable String number) {
    return service.remind(number, user.id());
  }
}
