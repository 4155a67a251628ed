package org.publicitydesk.opinion.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.opinion.OpinionReports;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.UnitKind;
import org.publicitydesk.scoring.Ledger.Booking;
import org.publicitydesk.scoring.Ledger;
import org.publicitydesk.security.FormValues;
import org.publicitydesk.security.RequestRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public-opinion reports (R3, R9): only community informants report; a report is on time when submitted on a working
 * day before {@code publicity.opinion.deadline} (09:15, business time zone); late reports are kept and marked.
 * Scoring, separate from articles: R9.1 +10 for an on-time accepted report (on its submission day), R9.3 +15 for an
 * adoption in the city's bulletin (on the bulletin's date).
 */
@Service
@Transactional
class OpinionService implements OpinionReports {

  static final String SOURCE = "OPINION";
  private static final int MAX_TITLE = 200;
  private static final int MAX_CONTENT = 2000;

  private final OpinionReportRepository reports;
  private final OrganizationDirectory directory;
  private final WorkingCalendar calendar;
  private final BusinessClock clock;
  private final Ledger ledger;
  private final HistoryService history;
  private final OpinionProperties settings;

  OpinionService(OpinionReportRepository reports, OrganizationDirectory directory, WorkingCalendar calendar,
      BusinessClock clock, Ledger ledger, HistoryService history,
      OpinionProperties settings) {
    this.history = history;
    this.reports = reports;
    this.directory = directory;
    this.calendar = calendar;
    this.clock = clock;
    this.ledger = ledger;
    this.settings = settings;
  }

  LocalTime deadline() {
    return settings.deadline();
  }

  /**
   * R3.1: on time before the deadline of a working day — by the calendar in force now (rules.md, "Periods"). The one
   * place that decides it: registration, scoring, the board, the figures and the monthly settlement all ask here.
   */
  boolean onTime(Instant submittedAt) {
    ZonedDateTime submitted = submittedAt.atZone(clock.zone());
    return calendar.isWorkingDay(submitted.toLocalDate()) && submitted.toLocalTime().isBefore(settings.deadline());
  }

  OpinionReportEntity register(String informant, String unitCode, String title, String content,
      String processInstanceId) {
    if (informant == null) {
      throw RequestRefused.field("报送人", "无法确定报送人,请登录后报送");
    }
    String code = unitCode;
    if (code == null || code.isBlank()) {
      List<String> communities = directory.informantUnits(informant, clock.today()).stream()
          .filter(u -> directory.unit(u).map(x -> x.kind() == UnitKind.COMMUNITY).orElse(false)).toList();
      code = communities.size() == 1 ? communities.get(0) : null;
    }
    UnitInfo unit = code == null ? null : directory.unit(code).orElse(null);
    if (unit == null || unit.kind() != UnitKind.COMMUNITY) {
      throw RequestRefused.field("unitCode 单位", "舆情信息只由社区信息员报送(R3),科室请报送宣传信息稿件");
    }
    if (!directory.informantUnits(informant, clock.today()).contains(unit.code())) {
      throw RequestRefused.field("unitCode 单位", informant + " 不是" + unit.name() + "的信息员");
    }
    OpinionReportEntity r = new OpinionReportEntity();
    r.title = FormValues.text(title, "title 标题", MAX_TITLE, true);
    r.content = FormValues.text(content, "content 内容", MAX_CONTENT, true);
    r.unitCode = unit.code();
    r.informant = informant;
    r.processInstanceId = processInstanceId;
    r.submittedAt = clock.now().toInstant();
    r.onTime = onTime(r.submittedAt);
    r.status = OpinionStatus.SUBMITTED;
    return reports.save(r);
  }

  /** {@code Task_CheckOpinionReport}: ACCEPT or LOW_QUALITY, by whom in which task (已办). */
  void decide(String processInstanceId, Object decision, String user, String taskId) {
    OpinionReportEntity r = byInstance(processInstanceId);
    r.status = FormValues.choice(OpinionCheck.class, decision).orElseThrow(
        () -> RequestRefused.field("decision 处理意见", "请选择“采用”或“质量不高”(ACCEPT、LOW_QUALITY)")).status;
    r.decidedAt = clock.now().toInstant();
    r.checkedBy = user;
    r.checkTaskId = taskId;
  }

  /** {@code Task_RecordBulletinAdoption}: adopted in the city's bulletin or not, by whom in which task (已办). */
  void bulletin(String processInstanceId, boolean adopted, String issue, LocalDate date, String user, String taskId) {
    OpinionReportEntity r = byInstance(processInstanceId);
    r.bulletinAdopted = adopted;
    r.bulletinIssue = adopted && issue != null && !issue.isBlank() ? issue.strip() : null;
    r.bulletinDate = adopted ? (date != null ? date : clock.today()) : null;
    r.bulletinBy = user;
    r.bulletinTaskId = taskId;
    r.bulletinAt = clock.now().toInstant();
  }

  @Override
  public List<String> importReports(List<ImportedReport> batch) {
    Map<String, OpinionReportEntity> existing = new HashMap<>();
    List<String> ids = batch.stream().map(ImportedReport::externalId).toList();
    for (int from = 0; from < ids.size(); from += 1000) {
      reports.findByExternalIdIn(ids.subList(from, Math.min(ids.size(), from + 1000)))
          .forEach(r -> existing.put(r.externalId, r));
    }
    Map<String, String> unitNames = new HashMap<>();
    directory.units().forEach(u -> unitNames.put(u.code(), u.name()));
    Map<String, List<Booking>> bookings = new LinkedHashMap<>();
    List<String> numbers = new ArrayList<>(batch.size());
    for (ImportedReport in : batch) {
      OpinionReportEntity r = existing.getOrDefault(in.externalId(), new OpinionReportEntity());
      if (apply(r, in)) {
        reports.save(r);
        bookings.put(String.valueOf(r.id), bookings(r, unitNames.getOrDefault(r.unitCode, r.unitCode)));
      }
      numbers.add(String.valueOf(r.id));
    }
    ledger.bookAll(SOURCE, bookings);
    return numbers;
  }

  /** Takes over an imported record; false when it is identical to what is stored (then nothing changes). */
  private boolean apply(OpinionReportEntity r, ImportedReport in) {
    String title = FormValues.text(in.title(), "title 标题", MAX_TITLE, true);
    String content = FormValues.text(in.content(), "content 内容", MAX_CONTENT, true);
    OpinionStatus status = switch (in.outcome()) {
      case "ACCEPTED" -> OpinionStatus.ACCEPTED;
      case "LOW_QUALITY" -> OpinionStatus.LOW_QUALITY;
      default -> OpinionStatus.REJECTED;
    };
    boolean bulletin = in.adoptedInBulletin() && status == OpinionStatus.ACCEPTED;
    if (r.id != null && r.unitCode.equals(in.unitCode()) && r.informant.equals(in.informant()) && r.title.equals(title)
        && r.content.equals(content) && r.submittedAt.equals(in.submittedAt()) && r.status == status
        && r.bulletinAdopted == bulletin) {
      // an identical record changes nothing, also after a calendar correction: settling the month again does that
      return false;
    }
    r.externalId = in.externalId();
    r.unitCode = in.unitCode();
    r.informant = in.informant();
    r.title = title;
    r.content = content;
    r.submittedAt = in.submittedAt();
    r.status = status;
    r.bulletinAdopted = bulletin;
    r.bulletinDate = bulletin ? in.submittedAt().atZone(clock.zone()).toLocalDate() : null;
    r.decidedAt = in.submittedAt();
    return true;
  }

  @Override
  @Transactional(readOnly = true)
  public List<CommunityFigures> figures(LocalDate from, LocalDate to) {
    // counted here, not in the database: whether a report is on time depends on the calendar in force now
    Map<String, int[]> counts = new HashMap<>();
    for (Object[] row : reports.facts(from.atStartOfDay(clock.zone()).toInstant(),
        to.plusDays(1).atStartOfDay(clock.zone()).toInstant())) {
      int[] c = counts.computeIfAbsent((String) row[0], u -> new int[6]);
      boolean onTime = onTime((Instant) row[1]);
      boolean accepted = row[2] == OpinionStatus.ACCEPTED;
      c[0]++;
      c[1] += onTime ? 1 : 0;
      c[2] += accepted ? 1 : 0;
      c[3] += row[2] == OpinionStatus.LOW_QUALITY ? 1 : 0;
      c[4] += onTime && accepted ? 1 : 0;
      c[5] += accepted && Boolean.TRUE.equals(row[3]) ? 1 : 0;
    }
    List<CommunityFigures> result = new ArrayList<>();
    for (UnitInfo unit : directory.units()) {
      if (unit.kind() == UnitKind.COMMUNITY) {
        int[] c = counts.getOrDefault(unit.code(), new int[6]);
        result.add(new CommunityFigures(unit.code(), unit.name(), c[0], c[1], c[0] - c[1], c[2], c[3], c[4], c[5]));
      }
    }
    return result;
  }

  /**
   * Settling a period again follows the calendar in force (rules.md, "Periods"): every scored report submitted on the
   * days {@code from}…{@code to} whose on-time flag the calendar now decides otherwise is scored again (R9.1).
   * Returns how many were.
   */
  int reevaluate(LocalDate from, LocalDate to) {
    int changed = 0;
    // flags first: a year of a city is some 250,000 reports, of which a calendar correction touches a few
    for (Object[] flag : reports.flags(from.atStartOfDay(clock.zone()).toInstant(),
        to.plusDays(1).atStartOfDay(clock.zone()).toInstant())) {
      if ((Boolean) flag[2] != onTime((Instant) flag[1])) {
        OpinionReportEntity r = reports.findById((Long) flag[0]).orElseThrow();
        if (scored(r)) {
          scoreReport(r);
          changed++;
        }
      }
    }
    return changed;
  }

  /** Imported, or its process has ended (then {@code Task_ScoreOpinionReport} has booked it). */
  private boolean scored(OpinionReportEntity r) {
    return r.processInstanceId == null || history.createHistoricProcessInstanceQuery()
        .processInstanceId(r.processInstanceId).finished().count() > 0;
  }

  /** Books R9.1 and R9.3 for the report, replacing what was booked for it before. */
  void score(String processInstanceId) {
    scoreReport(byInstance(processInstanceId));
  }

  private void scoreReport(OpinionReportEntity r) {
    ledger.book(SOURCE, String.valueOf(r.id),
        bookings(r, directory.unit(r.unitCode).map(UnitInfo::name).orElse(r.unitCode)));
  }

  /** R9.1 and R9.3 lines of the report (its on-time flag set by the calendar in force now). */
  private List<Booking> bookings(OpinionReportEntity r, String unitName) {
    r.onTime = onTime(r.submittedAt);
    List<Booking> bookings = new ArrayList<>();
    LocalDate day = r.submittedAt.atZone(clock.zone()).toLocalDate();
    if (r.status == OpinionStatus.ACCEPTED && r.onTime) {
      bookings.add(new Booking(r.unitCode, r.informant, "R9.1", settings.pointsOnTime(), day,
          unitName + "舆情信息《" + r.title + "》按时报送并被采用," + signed(settings.pointsOnTime()) + " 分", null,
          r.externalId));
    }
    if (r.status == OpinionStatus.ACCEPTED && r.bulletinAdopted) {
      bookings.add(new Booking(r.unitCode, r.informant, "R9.3", settings.pointsBulletin(), r.bulletinDate,
          unitName + "舆情信息《" + r.title + "》被市宣传部宣传信息简报采用"
              + (r.bulletinIssue == null ? "" : "(" + r.bulletinIssue + ")") + "," + signed(settings.pointsBulletin())
              + " 分", null, r.externalId));
    }
    return bookings;
  }

  private static String signed(int points) {
    return points > 0 ? "+" + points : String.valueOf(points);
  }

  OpinionReportEntity byInstance(String processInstanceId) {
    return reports.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("找不到流程实例 " + processInstanceId
            + " 的舆情信息,未处理(R9)。请核对舆情信息数据后在流程监控中重试"));
  }


}
