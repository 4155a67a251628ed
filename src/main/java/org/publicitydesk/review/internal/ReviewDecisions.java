package org.publicitydesk.review.internal;

import static org.publicitydesk.review.internal.SubmissionChecks.approved;
import static org.publicitydesk.review.internal.SubmissionChecks.comment;
import static org.publicitydesk.review.internal.SubmissionChecks.editorialDecision;

import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.notification.Notice;
import org.publicitydesk.notification.Notifications;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.review.ArticleAccepted;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.review.ArticleStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions on an article in review (R1.1–R1.5): each level's approval or return, the editorial office's decision,
 * the informant's withdrawal and the outcome, through the article's guarded transitions; each is written into the
 * review record. The informant hears of a return, an acceptance and a low-quality verdict at once (inbox, and e-mail
 * when a mail server is configured). Runs inside the engine's transaction.
 */
@Service
@Transactional
class ReviewDecisions {

  private final ArticleService articles;
  private final ArticleRepository repository;
  private final BusinessClock clock;
  private final ApplicationEventPublisher events;
  private final RuntimeService runtime;
  private final Notifications notifications;
  private final OrganizationDirectory directory;

  ReviewDecisions(ArticleService articles, ArticleRepository repository, BusinessClock clock,
      ApplicationEventPublisher events, RuntimeService runtime, Notifications notifications,
      OrganizationDirectory directory) {
    this.notifications = notifications;
    this.directory = directory;
    this.articles = articles;
    this.repository = repository;
    this.clock = clock;
    this.events = events;
    this.runtime = runtime;
  }

  /** Records a reviewer's decision; returns the normalised decision (APPROVED/RETURNED or ACCEPT/LOW_QUALITY/RETURN). */
  String decide(String processInstanceId, String taskId, String taskKey, String actor, String onBehalfOf,
      Object approved, Object decision, Object comment, Object nearCopyVerdict) {
    ArticleEntity a = articles.byInstance(processInstanceId);
    String text = comment(comment);
    ReviewDecision normalised;
    if (ArticleReviewProcess.TASK_EDITORIAL_REVIEW.equals(taskKey)) {
      normalised = editorialDecision(decision);
      requireCommentOnReturn(normalised == ReviewDecision.RETURN, text);
      a.decideEditorially(normalised);
      if (normalised == ReviewDecision.ACCEPT) {
        settleNearCopy(a, nearCopyVerdict);
      }
    } else {
      boolean ok = approved(approved);
      requireCommentOnReturn(!ok, text);
      if (ok && articles.approvedAtAnotherLevel(a, actor, taskKey)) {
        throw new SubmissionRejected("审核人", "您已在另一级审核中同意过稿件 " + a.number + ",同一人不能在两级审核"
            + "(R1);请转办给本级其他审核人");
      }
      if (ArticleReviewProcess.TASK_ADDED_REVIEW.equals(taskKey)) {
        a.reviewAsAdded(ok);
      } else {
        a.reviewAt(ArticleReviewProcess.level(taskKey), ok);
      }
      normalised = ok ? ReviewDecision.APPROVED : ReviewDecision.RETURNED;
    }
    articles.step(a, taskKey, taskId, actor, StepDecision.of(normalised), text).onBehalfOf = onBehalfOf;
    if (normalised == ReviewDecision.RETURNED || normalised == ReviewDecision.RETURN) {
      notifyInformant(a, "RETURNED", "【退回修改】《" + a.title + "》",
          "您报送的稿件《" + a.title + "》(编号 " + a.number + ")被" + name(actor) + "在“" + ArticleSummary.stepLabel(taskKey)
              + "”环节退回修改。\n修改意见:" + text + "\n请在任务列表的“修改稿件”任务中修改后重新报送,或撤回稿件。");
    }
    return normalised.name();
  }

  private void notifyInformant(ArticleEntity a, String kind, String subject, String body) {
    notifications.send(new Notice(Set.of(a.informant), kind, subject, body, null));
  }

  private String name(String userId) {
    return directory.person(userId).map(OrganizationDirectory.PersonInfo::name).orElse(userId);
  }

  private static void requireCommentOnReturn(boolean returned, String text) {
    if (returned && text == null) {
      throw new SubmissionRejected("comment 意见", "退回稿件时必须填写修改意见");
    }
  }

  /** R1: the route of the article from the ReviewRouting table, fixed at registration. */
  void route(String processInstanceId, boolean needsSupervisor, boolean needsPrincipal) {
    articles.byInstance(processInstanceId).route(needsSupervisor, needsPrincipal);
  }

  /** R2.3: the editorial office confirms a flagged near-copy (then it counts as forwarded) or clears it. */
  private void settleNearCopy(ArticleEntity a, Object verdict) {
    if (a.nearCopyOf == null || a.nearCopyVerdict != null) {
      return;
    }
    a.nearCopyVerdict = NearCopyVerdict.ofInput(verdict).orElseThrow(() -> new SubmissionRejected(
        "nearCopyVerdict 转发确认", "本稿与社区稿件高度相似,采用前请确认是否为转发社区稿件(CONFIRM 是转发,不计入本单位;CLEAR 不是转发)"));
    if (a.nearCopyVerdict == NearCopyVerdict.CONFIRMED) {
      a.forwardedFromUnit = repository.findById(a.nearCopyOf).map(o -> o.unitCode).orElseThrow();
    }
  }

  /** R1.4: the informant withdraws while the article waits for its first approval (message boundary event). */
  void withdraw(String processInstanceId, String informant) {
    ArticleEntity a = articles.byInstance(processInstanceId);
    a.withdraw();
    articles.step(a, "WITHDRAWAL", informant, StepDecision.WITHDRAWN, null);
    runtime.createMessageCorrelation(ArticleReviewProcess.MESSAGE_WITHDRAW).processInstanceId(processInstanceId)
        .correlate();
  }

  void conclude(String processInstanceId, ArticleStatus outcome) {
    ArticleEntity a = articles.byInstance(processInstanceId);
    a.conclude(outcome, clock.now().toInstant());
    if (outcome == ArticleStatus.ACCEPTED) {
      notifyInformant(a, "ACCEPTED", "【已采用】《" + a.title + "》", "您报送的稿件《" + a.title + "》(编号 " + a.number
          + ")已被政工科采用,计入本单位有效稿件;媒体采用后按规定计分。");
    } else if (outcome == ArticleStatus.LOW_QUALITY) {
      notifyInformant(a, "LOW_QUALITY", "【质量不高】《" + a.title + "》", "您报送的稿件《" + a.title + "》(编号 " + a.number
          + ")经政工科审核质量不高,不计入有效稿件、不计分。");
    }
    if (outcome == ArticleStatus.ACCEPTED) {
      events.publishEvent(new ArticleAccepted(a.id, a.number, a.unitCode, a.informant, a.title, a.forwardedFromUnit,
          a.leadId, a.submittedAt, a.decidedAt));
    }
  }
}
