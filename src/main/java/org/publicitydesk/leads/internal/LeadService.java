package org.publicitydesk.leads.internal;

import static org.publicitydesk.leads.MajorEventProcess.DEADLINE;
import static org.publicitydesk.leads.MajorEventProcess.NOTES;
import static org.publicitydesk.leads.MajorEventProcess.RESPONSIBLE_UNIT_CODE;
import static org.publicitydesk.leads.MajorEventProcess.TITLE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.leads.MajorEventProcess;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.review.ArticleAccepted;
import org.publicitydesk.review.Articles;
import org.publicitydesk.scoring.Ledger.Booking;
import org.publicitydesk.scoring.Ledger;
import org.publicitydesk.scoring.Scoring;
import org.publicitydesk.security.EngineAccess;
import org.publicitydesk.security.FormValues;
import org.publicitydesk.security.RequestRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * News leads and major events (R5.2, R7). The responsible unit reports on time when its article answering the lead
 * is accepted by the editorial office before the deadline; otherwise it loses {@code publicity.leads.penalty} (10)
 * points once, on the deadline's day. An article of another unit answering a lead that its responsible unit missed
 * scores under R7 ("谁完成谁加分") for the unit that wrote it, and its ledger line says so ({@link LeadLookup}).
 */
@Service
@Transactional
class LeadService {

  static final String SOURCE = "LEAD";
  private static final int MAX_TITLE = 200;
  private static final int MAX_NOTES = 2000;

  private final LeadRepository leads;
  private final LeadLookup lookup;
  private final OrganizationDirectory directory;
  private final BusinessClock clock;
  private final Ledger ledger;
  private final Articles articles;
  private final Scoring scoring;
  private final RuntimeService runtime;
  private final EngineAccess engine;
  private final int penalty;
  private final Duration lateTracking;

  LeadService(LeadRepository leads, LeadLookup lookup, OrganizationDirectory directory, BusinessClock clock,
      Ledger ledger,
      Articles articles, Scoring scoring, RuntimeService runtime, EngineAccess engine,
      LeadProperties settings) {
    this.leads = leads;
    this.lookup = lookup;
    this.directory = directory;
    this.clock = clock;
    this.ledger = ledger;
    this.articles = articles;
    this.scoring = scoring;
    this.runtime = runtime;
    this.engine = engine;
    this.penalty = settings.penalty();
    this.lateTracking = settings.lateTracking();
  }

  /** {@code Task_RegisterLead}: checks the start variables and keeps the lead; returns it. */
  LeadEntity register(DelegateExecution execution, String registeredBy) {
    LeadEntity lead = new LeadEntity();
    lead.title = FormValues.text(execution.getVariable(TITLE), "title 标题", MAX_TITLE, true);
    lead.notes = FormValues.text(execution.getVariable(NOTES), "notes 说明", MAX_NOTES, false);
    String code = FormValues.text(execution.getVariable(RESPONSIBLE_UNIT_CODE), "responsibleUnitCode 责任单位", 64, true);
    lead.responsibleUnitCode = directory.unit(code).map(UnitInfo::code)
        .orElseThrow(() -> RequestRefused.field("responsibleUnitCode 责任单位", "单位 " + code + " 不存在"));
    lead.deadline = deadline(execution.getVariable(DEADLINE));
    if (!lead.deadline.isAfter(clock.now().toInstant())) {
      throw RequestRefused.field("deadline 报送时限", "时限必须晚于现在");
    }
    lead.status = LeadStatus.OPEN;
    lead.processInstanceId = execution.getProcessInstanceId();
    lead.createdBy = registeredBy;
    lead.createdAt = clock.now().toInstant();
    return leads.save(lead);
  }

  String unitName(String code) {
    return lookup.unitName(code);
  }

  Duration lateTracking() {
    return lateTracking;
  }

  /** {@code Task_BookLateReport}: the deadline passed without the responsible unit's accepted report (R5.2, R7). */
  void deadlinePassed(String processInstanceId) {
    LeadEntity lead = byInstance(processInstanceId);
    lead.status = LeadStatus.OVERDUE;
    ledger.book(SOURCE, String.valueOf(lead.id), List.of(new Booking(lead.responsibleUnitCode, null, "R5.2", penalty,
        lead.deadline.atZone(clock.zone()).toLocalDate(),
        lookup.unitName(lead.responsibleUnitCode) + "未在时限内报送重大活动/线索《"
            + lead.title + "》,扣 " + (-penalty) + " 分(R5.2)")));
    // R7: articles of other units that completed the story now score for completing it
    articles.answering(String.valueOf(lead.id)).stream()
        .filter(a -> !a.unitCode().equals(lead.responsibleUnitCode) && a.countable())
        .forEach(a -> scoring.rescoreIfScored(a.id()));
  }

  /** {@code Task_RecordReport}: the responsible unit's report was accepted — on time if before the deadline. */
  void recordReport(String processInstanceId) {
    LeadEntity lead = byInstance(processInstanceId);
    lead.status = LeadStatus.COMPLETED;
    lead.onTime = lead.reportedAt != null && lead.reportedAt.isBefore(lead.deadline);
  }

  /** An accepted article answering a lead: the first one completes the story; the responsible unit's one is its report. */
  @EventListener
  void onArticleAccepted(ArticleAccepted accepted) {
    Optional<LeadEntity> found = lookup.byId(accepted.leadId());
    if (found.isEmpty() || accepted.forwardedFromUnit() != null) {
      return;
    }
    LeadEntity lead = found.get();
    if (lead.completedByUnitCode == null) {
      lead.completedByUnitCode = accepted.unitCode();
      lead.completedArticle = accepted.number();
      lead.completedAt = accepted.acceptedAt();
    }
    if (accepted.unitCode().equals(lead.responsibleUnitCode) && lead.reportArticleNumber == null) {
      lead.reportArticleNumber = accepted.number();
      lead.reportedAt = accepted.acceptedAt();
      boolean waiting = !engine.asSystem(() -> runtime.createMessageCorrelation(MajorEventProcess.MESSAGE_REPORTED)
          .processInstanceBusinessKey(String.valueOf(lead.id))
          .setVariable(MajorEventProcess.REPORT_ARTICLE_NUMBER, accepted.number()).correlateAllWithResult()).isEmpty();
      if (!waiting) {
        // the process stopped tracking the lead: the report is late all the same
        lead.status = LeadStatus.COMPLETED;
        lead.onTime = lead.reportedAt.isBefore(lead.deadline);
      }
    }
  }

  private LeadEntity byInstance(String processInstanceId) {
    return leads.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("找不到流程实例 " + processInstanceId
            + " 的重大活动/线索,未处理(R5.2)。请核对线索数据后在流程监控中重试"));
  }

  /** A Date, or an ISO date-time with or without offset (then in the business time zone). */
  private Instant deadline(Object value) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    String text = value == null ? "" : value.toString().strip();
    if (text.isEmpty()) {
      throw RequestRefused.field("deadline 报送时限", "请填写报送时限(日期和时间)");
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).atZone(clock.zone()).toInstant();
      } catch (DateTimeParseException e) {
        throw RequestRefused.field("deadline 报送时限", "“" + text + "”不是日期时间,格式如 2026-03-02T17:00");
      }
    }
  }


}
