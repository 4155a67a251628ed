package org.publicitydesk.followup.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.publicitydesk.organization.OrganizationDirectory.PersonInfo;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.Articles;
import org.publicitydesk.security.CurrentUser;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/tasks/{taskId}/copy} (抄送) and {@code GET /api/me/copied} (抄送我的), contract "Desk and approval operations". */
@RestController
@Tag(name = "抄送与催办", description = "审核人抄送稿件、抄送我的、信息员催办")
class CopyController {

  private final CopyService service;
  private final CopyRepository copies;
  private final Articles articles;
  private final OrganizationDirectory directory;
  private final CurrentUser user;

  CopyController(CopyService service, CopyRepository copies, Articles articles, OrganizationDirectory directory,
      CurrentUser user) {
    this.service = service;
    this.copies = copies;
    this.articles = articles;
    this.directory = directory;
    this.user = user;
  }

  record CopyRequest(List<String> to, String comment) {
  }

  record CopiedToMe(long id, String articleNumber, String title, String unitCode, String status, String statusLabel,
      String from, String fromName, String taskName, String comment, Instant copiedAt) {
  }

  @Operation(summary = "抄送稿件",
      description = "任务的办理人或候选人把稿件抄送给本来就能查看该单位稿件的人:本单位人员、分管领导、街道主要领导、政工科。"
          + "对方收到通知,在“抄送我的”中只读查看;抄送记入稿件的审核记录。其他人 400(点名),非本任务审核人 403。")
  @PostMapping("/api/tasks/{taskId}/copy")
  CopyService.Copied copy(@PathVariable String taskId, @RequestBody CopyRequest request) {
    return service.copy(taskId, request.to(), request.comment(), user.id(), user.groups());
  }

  record Person(String id, String name) {
  }

  @Operation(summary = "可抄送的人", description = "本任务的稿件可以抄送给谁(与抄送时的检查同一规则):本单位人员、分管领导、"
      + "街道主要领导、政工科,不含自己。非本任务审核人 403。")
  @GetMapping("/api/tasks/{taskId}/copy-candidates")
  List<Person> copyCandidates(@PathVariable String taskId) {
    return service.candidates(taskId, user.id(), user.groups()).stream().map(p -> new Person(p.id(), p.name())).toList();
  }

  @Operation(summary = "抄送我的", description = "抄送给当前用户的稿件,最新的在前(最多 200 条)")
  @GetMapping("/api/me/copied")
  @Transactional(readOnly = true)
  List<CopiedToMe> copiedToMe() {
    String me = user.id();
    return copies.findTop200ByToUserOrderByCopiedAtDescIdDesc(me).stream().map(c -> {
      ArticleInfo a = articles.byId(c.articleId).orElseThrow();
      String fromName = directory.person(c.fromUser).map(PersonInfo::name).orElse(c.fromUser);
      return new CopiedToMe(c.id, a.number(), a.title(), a.unitCode(), a.status().name(), a.status().label(),
          c.fromUser, fromName, c.taskName, c.comment, c.copiedAt);
    }).toList();
  }
}
