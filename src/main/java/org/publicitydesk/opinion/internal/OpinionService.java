package org.publicitydesk.opinion.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.opinion.OpinionReports;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.UnitKind;
import org.publicitydesk.scoring.Ledger;
import org.publicitydesk.scoring.Ledger.Booking;
import org.springframework.beans.factory.annotation.Value;
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
  private final LocalTime deadline;

  OpinionService(OpinionReportRepository reports, OrganizationDirectory directory, WorkingCalendar calendar,
      BusinessClock clock, Ledger ledger, @Value("${publicity.opinion.deadline:09:15}") LocalTime deadline) {
    this.reports = reports;
    this.directory = directory;
    this.calendar = calendar;
    this.clock = clock;
    this.ledger = ledger;
    this.deadline = deadline;
  }

  LocalTime deadline() {
    return deadline;
  }

  /** R3.1: on time before the deadline of a working day. */
  boolean onTime(ZonedDateTime submitted) {
    return calendar.isWorkingDay(submitted.toLocalDate()) && submitted.toLocalTime().isBefore(deadline);
  }

  OpinionReportEntity register(String informant, String unitCode, String title, String content,
      String processInstanceId) {
    if (informant == null) {
      throw new BadUserRequestException("【报送人】无法确定报送人,请登录后报送");
    }
    String code = unitCode;
    if (code == null || code.isBlank()) {
      List<String> communities = directory.informantUnits(informant, clock.today()).stream()
          .filter(u -> directory.unit(u).map(x -> x.kind() == UnitKind.COMMUNITY).orElse(false)).toList();
      code = communities.size() == 1 ? communities.get(0) : null;
    }
    UnitInfo unit = code == null ? null : directory.unit(code).orElse(null);
    if (unit == null || unit.kind() != UnitKind.COMMUNITY) {
      throw new BadUserRequestException("【unitCode 单位】舆情信息只由社区信息员报送(R3),科室请报送宣传信息稿件");
    }
    if (!directory.informantUnits(informant, clock.today()).contains(unit.code())) {
      throw new BadUserRequestException("【unitCode 单位】" + informant + " 不是" + unit.name() + "的信息员");
    }
    OpinionReportEntity r = new OpinionReportEntity();
    r.title = text(title, "title 标题", MAX_TITLE);
    r.content = text(content, "content 内容", MAX_CONTENT);
    r.unitCode = unit.code();
    r.informant = informant;
    r.processInstanceId = processInstanceId;
    ZonedDateTime now = clock.now();
    r.submittedAt = now.toInstant();
    r.onTime = onTime(now);
    r.status = "SUBMITTED";
    return reports.save(r);
  }

  void decide(String processInstanceId, Object decision) {
    OpinionReportEntity r = byInstance(processInstanceId);
    if (!"ACCEPT".equals(decision) && !"LOW_QUALITY".equals(decision)) {
      throw new BadUserRequestException("【decision 处理意见】请选择“采用”或“质量不高”(ACCEPT、LOW_QUALITY)");
    }
    r.status = decision.equals("ACCEPT") ? "ACCEPTED" : "LOW_QUALITY";
    r.decidedAt = clock.now().toInstant();
  }

  void bulletin(String processInstanceId, boolean adopted, String issue, LocalDate date) {
    OpinionReportEntity r = byInstance(processInstanceId);
    r.bulletinAdopted = adopted;
    r.bulletinIssue = adopted && issue != null && !issue.isBlank() ? issue.strip() : null;
    r.bulletinDate = adopted ? (date != null ? date : clock.today()) : null;
  }

  @Override
  public boolean importReport(ImportedReport in) {
    OpinionReportEntity r = reports.findByExternalId(in.externalId()).orElseGet(OpinionReportEntity::new);
    boolean created = r.id == null;
    r.externalId = in.externalId();
    r.unitCode = in.unitCode();
    r.informant = in.informant();
    r.title = text(in.title(), "title 标题", MAX_TITLE);
    r.content = text(in.content(), "content 内容", MAX_CONTENT);
    r.submittedAt = in.submittedAt();
    r.onTime = onTime(in.submittedAt().atZone(clock.zone()));
    r.status = switch (in.outcome()) {
      case "ACCEPTED" -> "ACCEPTED";
      case "LOW_QUALITY" -> "LOW_QUALITY";
      default -> "REJECTED";
    };
    r.bulletinAdopted = in.adoptedInBulletin() && r.status.equals("ACCEPTED");
    r.bulletinDate = r.bulletinAdopted ? in.submittedAt().atZone(clock.zone()).toLocalDate() : null;
    r.decidedAt = in.submittedAt();
    scoreReport(reports.save(r));
    return created;
  }

  @Override
  @Transactional(readOnly = true)
  public List<CommunityFigures> figures(LocalDate from, LocalDate to) {
    Map<String, int[]> counts = new HashMap<>();
    for (Object[] row : reports.countByUnit(from.atStartOfDay(clock.zone()).toInstant(),
        to.plusDays(1).atStartOfDay(clock.zone()).toInstant())) {
      counts.put((String) row[0], new int[] {num(row[1]), num(row[2]), num(row[3]), num(row[4]), num(row[5]),
          num(row[6])});
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

  private static int num(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }

  /** Books R9.1 and R9.3 for the report, replacing what was booked for it before. */
  void score(String processInstanceId) {
    scoreReport(byInstance(processInstanceId));
  }

  private void scoreReport(OpinionReportEntity r) {
    List<Booking> bookings = new ArrayList<>();
    LocalDate day = r.submittedAt.atZone(clock.zone()).toLocalDate();
    String unitName = directory.unit(r.unitCode).map(UnitInfo::name).orElse(r.unitCode);
    if ("ACCEPTED".equals(r.status) && r.onTime) {
      bookings.add(new Booking(r.unitCode, r.informant, "R9.1", 10, day,
          unitName + "舆情信息《" + r.title + "》按时报送并被采用,+10 分"));
    }
    if ("ACCEPTED".equals(r.status) && r.bulletinAdopted) {
      bookings.add(new Booking(r.unitCode, r.informant, "R9.3", 15, r.bulletinDate,
          unitName + "舆情信息《" + r.title + "》被市宣传部宣传信息简报采用" + (r.bulletinIssue == null ? "" : "(" + r.bulletinIssue + ")")
              + ",+15 分"));
    }
    ledger.book(SOURCE, String.valueOf(r.id), bookings);
  }

  OpinionReportEntity byInstance(String processInstanceId) {
    return reports.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no opinion report for " + processInstanceId));
  }

  private static String text(String value, String field, int max) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      throw new BadUserRequestException("【" + field + "】不能为空");
    }
    if (v.length() > max) {
      throw new BadUserRequestException("【" + field + "】最多 " + max + " 字,现有 " + v.length() + " 字");
    }
    return v;
  }
}
