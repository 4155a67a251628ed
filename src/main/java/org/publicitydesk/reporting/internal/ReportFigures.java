package org.publicitydesk.reporting.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.publicitydesk.adoption.Adoptions;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.meetings.Meetings;
import org.publicitydesk.opinion.OpinionReports;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.quota.Settlements;
import org.publicitydesk.reporting.internal.ReportData.Annual;
import org.publicitydesk.reporting.internal.ReportData.Circular;
import org.publicitydesk.reporting.internal.ReportData.Criticised;
import org.publicitydesk.reporting.internal.ReportData.Heading;
import org.publicitydesk.reporting.internal.ReportData.InformantFigures;
import org.publicitydesk.reporting.internal.ReportData.ReviewRow;
import org.publicitydesk.reporting.internal.ReportData.UnitFigures;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.ArticleStatus;
import org.publicitydesk.review.Articles;
import org.publicitydesk.review.Articles.ReviewOpinion;
import org.publicitydesk.scoring.Ledger;
import org.publicitydesk.scoring.LedgerEntry;
import org.publicitydesk.scoring.Scores;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the figures of a circular (R11.1) or a year-end assessment (R11.3): points and ranks from {@link Scores} (the
 * computation behind {@code /api/scores}), adoptions from the ledger's article lines, articles by submission time,
 * the quota as the period's settlement counted it ({@link Settlements#quota}: computed as a preview, booking nothing,
 * while the period is not settled), public-opinion figures per community.
 * A period that has not been settled is provisional.
 */
@Service
@Transactional(readOnly = true)
class ReportFigures {

  private final OrganizationDirectory directory;
  private final Scores scores;
  private final Ledger ledger;
  private final Adoptions adoptions;
  private final Articles articles;
  private final Settlements settlements;
  private final OpinionReports opinion;
  private final BusinessClock clock;
  private final ReportsProperties properties;
  private final Meetings meetings;

  ReportFigures(OrganizationDirectory directory, Scores scores, Ledger ledger, Adoptions adoptions, Articles articles,
      Settlements settlements, OpinionReports opinion, BusinessClock clock, ReportsProperties properties,
      Meetings meetings) {
    this.meetings = meetings;
    this.directory = directory;
    this.scores = scores;
    this.ledger = ledger;
    this.adoptions = adoptions;
    this.articles = articles;
    this.settlements = settlements;
    this.opinion = opinion;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * The circular of a quarter; {@code withReviews}: also every review opinion on its articles (the .xlsx's source-data
   * sheet; the .docx does not show them).
   */
  Circular circular(int year, int quarter, boolean withReviews) {
    LocalDate[] period = Scores.period(year, quarter);
    Heading heading = heading(year, quarter, period, !settlements.settled(year, quarter));
    Map<String, List<ArticleInfo>> submitted = submittedByUnit(period);
    List<UnitFigures> units = units(period, submitted, settlements.quota(year, quarter));
    return new Circular(heading, units, rules(units), opinion.figures(period[0], period[1]),
        withReviews ? reviews(submitted) : List.of());
  }

  /** Every review level's decision and opinion on the articles submitted in the period, by unit and article. */
  private List<ReviewRow> reviews(Map<String, List<ArticleInfo>> byUnit) {
    ZoneId zone = clock.zone();
    Map<Long, ArticleInfo> byId = new HashMap<>();
    Map<Long, String> unitNames = new HashMap<>();
    for (UnitInfo u : directory.units()) {
      for (ArticleInfo a : byUnit.getOrDefault(u.code(), List.of())) {
        byId.put(a.id(), a);
        unitNames.put(a.id(), u.name());
      }
    }
    DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    return articles.reviewOpinions(byId.keySet()).stream()
        .sorted(Comparator.comparing((ReviewOpinion o) -> byId.get(o.articleId()).number())
            .thenComparing(ReviewOpinion::at))
        .map(o -> {
          ArticleInfo a = byId.get(o.articleId());
          return new ReviewRow(a.number(), unitNames.get(a.id()), a.title(), a.status().label(), o.revision(), o.level(),
              name(o.reviewer()) + (o.onBehalfOf() == null ? "" : "(代" + name(o.onBehalfOf()) + ")"), o.decision(),
              o.comment() == null ? "" : o.comment(), minutes.format(o.at()));
        }).toList();
  }

  private String name(String personId) {
    return directory.person(personId).map(OrganizationDirectory.PersonInfo::name).orElse(personId);
  }

  Annual annual(int year) {
    LocalDate[] period = Scores.period(year, null);
    Heading heading = heading(year, null, period, !settlements.settled(year, null));
    Map<String, List<ArticleInfo>> submitted = submittedByUnit(period);
    List<UnitFigures> units = units(period, submitted, settlements.quota(year, null));
    List<UnitFigures> commended = units.stream()
        .filter(u -> u.rank() <= properties.commended() && u.points() > 0).toList();
    List<Criticised> criticised = new ArrayList<>();
    for (UnitFigures u : units) {
      List<String> reasons = new ArrayList<>();
      if (u.points() < properties.criticiseBelow()) {
        reasons.add("全年积分为 " + u.points() + " 分");
      }
      if (u.shortfall() > 0) {
        reasons.add("有效稿件 " + u.quotaCountable() + " 篇,未完成年度任务 " + u.quotaTarget() + " 篇(差 "
            + u.shortfall() + " 篇)");
      }
      if (!reasons.isEmpty()) {
        criticised.add(new Criticised(u, String.join(";", reasons)));
      }
    }
    return new Annual(heading, units, rules(units), commended, criticised, informants(period, submitted),
        opinion.figures(period[0], period[1]), meetings.heldIn(year));
  }

  private Heading heading(int year, Integer quarter, LocalDate[] period, boolean unsettled) {
    LocalDate today = clock.today();
    return new Heading(directory.subdistrictName(), directory.issuingOffice(), year, quarter, period[0], period[1],
        today, unsettled || !today.isAfter(period[1]));
  }

  private List<UnitFigures> units(LocalDate[] period, Map<String, List<ArticleInfo>> byUnit,
      Map<String, Settlements.Quota> quotaByUnit) {
    Map<String, Map<MediaLevel, Integer>> adopted = adoptionsByUnit(period);
    Map<String, UnitInfo> info = new HashMap<>();
    Map<String, Integer> position = new HashMap<>();
    directory.units().forEach(u -> {
      info.put(u.code(), u);
      position.put(u.code(), position.size());
    });
    List<UnitFigures> rows = new ArrayList<>();
    for (Scores.UnitScore score : scores.ranking(period[0], period[1])) {
      List<ArticleInfo> submitted = byUnit.getOrDefault(score.unitCode(), List.of());
      Settlements.Quota q = quotaByUnit.get(score.unitCode());
      rows.add(new UnitFigures(position.get(score.unitCode()), score.unitCode(), score.unitName(), info.get(score.unitCode()).kind().label(),
          (int) submitted.stream().filter(a -> a.status() != ArticleStatus.WITHDRAWN).count(),
          (int) submitted.stream().filter(ArticleInfo::countable).count(),
          (int) submitted.stream().filter(a -> a.status() == ArticleStatus.LOW_QUALITY).count(),
          adopted.getOrDefault(score.unitCode(), Map.of()), score.breakdown(), score.points(), score.rank(),
          score.opinionPoints(), score.opinionRank(), q == null ? 0 : q.countable(), q == null ? 0 : q.target(),
          q == null ? 0 : q.shortfall()));
    }
    return rows;
  }

  /** Every unit's articles submitted in the period, in one query (a city has 1,000 units). */
  private Map<String, List<ArticleInfo>> submittedByUnit(LocalDate[] period) {
    ZoneId zone = clock.zone();
    return articles.submittedBetweenByUnit(period[0].atStartOfDay(zone).toInstant(),
        period[1].plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** Counted adoptions (R6) of the articles scored in the period, by the level of the medium, per unit. */
  private Map<String, Map<MediaLevel, Integer>> adoptionsByUnit(LocalDate[] period) {
    List<Ledger.ArticleLine> scored = ledger.articleLines(period[0], period[1]);
    Map<Long, MediaLevel> levels = adoptions.countedLevels(scored.stream().map(Ledger.ArticleLine::articleId).toList());
    Map<String, Map<MediaLevel, Integer>> byUnit = new HashMap<>();
    for (Ledger.ArticleLine e : scored) {
      MediaLevel level = levels.get(e.articleId());
      if (level != null) {
        byUnit.computeIfAbsent(e.unitCode(), u -> new EnumMap<>(MediaLevel.class)).merge(level, 1, Integer::sum);
      }
    }
    return byUnit;
  }

  /** The rule columns of the points table: R4–R8 (R9 is scored separately, in the public-opinion table). */
  private static List<String> rules(List<UnitFigures> units) {
    TreeSet<String> rules = new TreeSet<>(RuleLabels.order());
    rules.addAll(RuleLabels.ALWAYS);
    units.forEach(u -> u.breakdown().keySet().stream().filter(r -> !Scores.opinionRule(r)).forEach(rules::add));
    return List.copyOf(rules);
  }

  /**
   * Informants by the points booked to them in the year (R4.1, R5.1, R7; R9 apart, as for units), with their accepted
   * articles.
   */
  private List<InformantFigures> informants(LocalDate[] period, Map<String, List<ArticleInfo>> byUnit) {
    Map<String, Integer> points = new HashMap<>();
    Map<String, Integer> opinionPoints = new HashMap<>();
    for (LedgerEntry e : ledger.active(period[0], period[1])) {
      if (e.informant() != null) {
        (Scores.opinionRule(e.ruleId()) ? opinionPoints : points).merge(e.informant(), e.points(), Integer::sum);
      }
    }
    Map<String, Integer> accepted = new HashMap<>();
    Map<String, String> unitOf = new HashMap<>();
    for (UnitInfo unit : directory.units()) {
      unit.informants().stream().filter(m -> m.activeOn(period[0]) || m.activeOn(period[1])
          || (m.since() != null && !m.since().isBefore(period[0]) && !m.since().isAfter(period[1])))
          .forEach(m -> unitOf.putIfAbsent(m.personId(), unit.name()));
      for (ArticleInfo a : byUnit.getOrDefault(unit.code(), List.of())) {
        if (a.countable()) {
          accepted.merge(a.informant(), 1, Integer::sum);
          unitOf.putIfAbsent(a.informant(), unit.name());
        }
      }
    }
    points.keySet().forEach(p -> unitOf.putIfAbsent(p, ""));
    opinionPoints.keySet().forEach(p -> unitOf.putIfAbsent(p, ""));
    List<String> people = new ArrayList<>(unitOf.keySet());
    people.sort(Comparator.comparingInt((String p) -> -points.getOrDefault(p, 0))
        .thenComparingInt(p -> -accepted.getOrDefault(p, 0)).thenComparing(Comparator.naturalOrder()));
    List<InformantFigures> rows = new ArrayList<>();
    Map<String, String> names = directory.names(people);
    for (int i = 0; i < people.size(); i++) {
      String p = people.get(i);
      int pts = points.getOrDefault(p, 0);
      int rank = i > 0 && rows.get(i - 1).points() == pts ? rows.get(i - 1).rank() : i + 1;
      String name = names.getOrDefault(p, p);
      rows.add(new InformantFigures(p, name, unitOf.get(p), accepted.getOrDefault(p, 0), pts,
          opinionPoints.getOrDefault(p, 0), rank,
          rank <= properties.honouredInformants() && pts > 0));
    }
    return rows;
  }
}
