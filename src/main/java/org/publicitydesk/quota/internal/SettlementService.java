package org.publicitydesk.quota.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.quota.PeriodSettled;
import org.publicitydesk.quota.Settlements;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.Articles;
import org.publicitydesk.scoring.Ledger.Booking;
import org.publicitydesk.scoring.Ledger;
import org.publicitydesk.security.RequestRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link Settlements} over the organisation, the articles and the ledger (source type SETTLEMENT, one per unit and period). */
@Service
@Transactional
class SettlementService implements Settlements {

  static final String SOURCE = "SETTLEMENT";

  private final OrganizationDirectory directory;
  private final Articles articles;
  private final Ledger ledger;
  private final WorkingCalendar calendar;
  private final BusinessClock clock;
  private final QuotaProperties properties;
  private final SettledPeriodRepository periods;
  private final ApplicationEventPublisher events;
  private final SettledQuotas quotas;
  private final TransactionTemplate readOnly;

  SettlementService(OrganizationDirectory directory, Articles articles, Ledger ledger, WorkingCalendar calendar,
      BusinessClock clock, QuotaProperties properties, SettledPeriodRepository periods, SettledQuotas quotas,
      ApplicationEventPublisher events, PlatformTransactionManager transactions) {
    this.quotas = quotas;
    this.readOnly = new TransactionTemplate(transactions);
    readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    readOnly.setReadOnly(true);
    this.events = events;
    this.periods = periods;
    this.directory = directory;
    this.articles = articles;
    this.ledger = ledger;
    this.calendar = calendar;
    this.clock = clock;
    this.properties = properties;
  }

  @Override
  public Result quarter(int year, int quarter, boolean preview) {
    if (quarter < 1 || quarter > 4) {
      throw new RequestRefused("季度应为 1—4,收到 " + quarter);
    }
    LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    LocalDate to = from.plusMonths(3).minusDays(1);
    String period = year + "年第" + quarter + "季度";
    requireEnded(period, to, preview);
    List<UnitResult> results = new ArrayList<>();
    Map<String, List<Booking>> bookings = new LinkedHashMap<>();
    List<LocalDate> mondays = QuotaWeeks.mondays(from, to);
    // every unit's articles of the period's weeks in one query, not one per unit
    Map<String, List<ArticleInfo>> byUnit = mondays.isEmpty() ? Map.of() : submittedByUnit(
        mondays.get(0).atStartOfDay(clock.zone()).toInstant(),
        mondays.get(mondays.size() - 1).plusDays(7).atStartOfDay(clock.zone()).toInstant());
    for (UnitInfo unit : directory.units()) {
      List<QuotaWeeks.InformantWeeks> weeks = mondays.isEmpty() ? List.of() : QuotaWeeks.of(unit.informants(),
          byUnit.getOrDefault(unit.code(), List.of()), from, to, calendar::isWorkingDay, clock.zone());
      long missing = weeks.stream().mapToLong(QuotaWeeks.InformantWeeks::missing).sum();
      int points = (int) missing * properties.pointsPerMissingArticle();
      // one line per informant with missed weeks: the honours list and the informant's own page read them
      List<Booking> lines = weeks.stream().filter(w -> w.missing() > 0).map(w -> new Booking(unit.code(),
          w.informant(), "R5.1", (int) w.missing() * properties.pointsPerMissingArticle(), to,
          period + w.name() + "少报 " + w.missing() + " 条(" + missedWeeks(w) + ",每条 "
              + properties.pointsPerMissingArticle() + " 分,R5.1)")).toList();
      String note = missing == 0 ? period + "每个工作周均有有效稿件" : period + "少报 " + missing + " 条(每条 "
          + properties.pointsPerMissingArticle() + " 分,R5.1):" + weeks.stream().filter(w -> w.missing() > 0)
          .map(w -> w.name() + " " + missedWeeks(w)).collect(Collectors.joining(";"));
      int memberWeeks = (int) weeks.stream().flatMap(w -> w.weeks().stream()).filter(w -> w.working() && w.member())
          .count();
      results.add(new UnitResult(unit.code(), unit.name(), "R5.1", points, note, memberWeeks - (int) missing,
          memberWeeks, (int) missing));
      bookings.put("R5.1:" + year + "-Q" + quarter + ":" + unit.code(), lines);
    }
    if (!preview) {
      book(key(year, quarter), bookings, results);
      events.publishEvent(new PeriodSettled(period, from, to));
    }
    return new Result(period, preview, results);
  }

  /** "第3、5周": the ISO weeks an informant missed. */
  private static String missedWeeks(QuotaWeeks.InformantWeeks w) {
    return "第" + w.weeks().stream().filter(QuotaWeeks.Week::missing)
        .map(x -> String.valueOf(x.monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))).collect(Collectors.joining("、"))
        + "周";
  }

  @Override
  public Result year(int year, boolean preview) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    String period = year + "年度";
    requireEnded(period, to, preview);
    List<UnitResult> results = new ArrayList<>();
    Map<String, List<Booking>> bookings = new LinkedHashMap<>();
    Map<String, List<ArticleInfo>> byUnit = submittedByUnit(
        from.atStartOfDay(clock.zone()).toInstant(), to.plusDays(1).atStartOfDay(clock.zone()).toInstant());
    for (UnitInfo unit : directory.units()) {
      int target = QuotaWeeks.annualTarget(unit.informants(), year, properties.articlesPerInformantPerYear());
      long count = byUnit.getOrDefault(unit.code(), List.of()).stream().filter(ArticleInfo::countable).count();
      boolean reached = count >= target;
      String rule = reached ? "R8.1" : "R8.2";
      int points = (int) (reached ? (count - target) * properties.pointsPerArticleAboveTarget()
          : (target - count) * properties.pointsPerArticleShort());
      String note = period + "有效稿件 " + count + " 条,目标 " + target + " 条," + (reached
          ? "超出 " + (count - target) + " 条,每条 +" + properties.pointsPerArticleAboveTarget() + " 分(R8.1)"
          : "差 " + (target - count) + " 条,每条 " + properties.pointsPerArticleShort() + " 分(R8.2)");
      results.add(new UnitResult(unit.code(), unit.name(), rule, points, note, (int) count, target,
          (int) Math.max(0, target - count)));
      bookings.put("R8:" + year + ":" + unit.code(), points == 0 ? List.of()
          : List.of(new Booking(unit.code(), null, rule, points, to, note)));
    }
    if (!preview) {
      book(key(year, null), bookings, results);
      events.publishEvent(new PeriodSettled(period, from, to));
    }
    return new Result(period, preview, results);
  }

  /**
   * Every unit's articles of [from, to), read in a read-only transaction of their own: a city's year is 150,000 articles,
   * which in the settlement's own transaction were dirty-checked at each later query and at commit (issue 17).
   */
  private Map<String, List<ArticleInfo>> submittedByUnit(Instant from, Instant to) {
    return readOnly.execute(status -> articles.submittedBetweenByUnit(from, to));
  }

  /** The settlement's points in the ledger, and what it counted beside them (R5.1, R8). */
  private void book(String periodKey, Map<String, List<Booking>> bookings, List<UnitResult> results) {
    ledger.bookAll(SOURCE, bookings);
    quotas.replace(periodKey, results);
    periods.markSettled(periodKey);
  }

  /** '2026-Q1' for a quarter, '2026' for a year. */
  private static String key(int year, Integer quarter) {
    return quarter == null ? String.valueOf(year) : year + "-Q" + quarter;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean settled(int year, Integer quarter) {
    return periods.existsById(key(year, quarter));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Quota> quota(int year, Integer quarter) {
    Map<String, Quota> settled = quotas.of(key(year, quarter));
    if (!settled.isEmpty()) {
      return settled;
    }
    Result computed = quarter == null ? year(year, true) : quarter(year, quarter, true);
    return computed.units().stream().collect(Collectors.toMap(UnitResult::unitCode,
        u -> new Quota(u.countable(), u.target(), u.shortfall())));
  }

  /** The informants' weeks of a unit in a period (for the weekly table a person can check by hand). */
  @Transactional(readOnly = true)
  List<QuotaWeeks.InformantWeeks> weeks(UnitInfo unit, LocalDate from, LocalDate to) {
    List<LocalDate> mondays = QuotaWeeks.mondays(from, to);
    if (mondays.isEmpty()) {
      return List.of();
    }
    List<ArticleInfo> submitted = articles.submittedBetween(unit.code(),
        mondays.get(0).atStartOfDay(clock.zone()).toInstant(),
        mondays.get(mondays.size() - 1).plusDays(7).atStartOfDay(clock.zone()).toInstant());
    return QuotaWeeks.of(unit.informants(), submitted, from, to, calendar::isWorkingDay, clock.zone());
  }

  private void requireEnded(String period, LocalDate lastDay, boolean preview) {
    if (!preview && !clock.today().isAfter(lastDay)) {
      throw new RequestRefused(period + "尚未结束(截至 " + lastDay + "),不能结算;如需查看当前数字,请用预览"
          + "(preview=true,不记分)");
    }
  }
}
