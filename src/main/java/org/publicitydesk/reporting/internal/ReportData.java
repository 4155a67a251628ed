package org.publicitydesk.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.opinion.OpinionReports.CommunityFigures;

/** The figures of a circular or of a year-end assessment, ready to be written; every number comes from the ledger. */
final class ReportData {

  private ReportData() {
  }

  /** The heading of a document: who issues it, for which period, on which day, and whether it is provisional. */
  record Heading(String subdistrict, String issuingOffice, int year, Integer quarter, LocalDate from, LocalDate to,
      LocalDate issuedOn, boolean provisional) {

    /** "2026年第一季度" or "2026年度". */
    String period() {
      return quarter == null ? year + "年度" : year + "年第" + "一二三四".charAt(quarter - 1) + "季度";
    }
  }

  /**
   * One unit in a period: articles submitted (by submission time), accepted, low quality; the counted adoptions of
   * its scored articles by medium level (booked in the period, R6); points per rule, the two totals and their ranks
   * (as {@code /api/scores}: R4–R8 {@code points}, R9 {@code opinionPoints} ranked among communities, null rank for a
   * department); {@code position}: the unit's place in the organisation file; the weekly quota (quarter) or annual
   * target (year) and the shortfall.
   */
  record UnitFigures(int position, String unitCode, String unitName, String kind, int submitted, int accepted, int lowQuality,
      Map<MediaLevel, Integer> adoptions, Map<String, Integer> breakdown, int points, int rank, int opinionPoints,
      Integer opinionRank, int quotaCountable, int quotaTarget, int shortfall) {

    int adoptionsTotal() {
      return adoptions.values().stream().mapToInt(Integer::intValue).sum();
    }

    int adopted(MediaLevel level) {
      return adoptions.getOrDefault(level, 0);
    }

    int rule(String ruleId) {
      return breakdown.getOrDefault(ruleId, 0);
    }
  }

  /**
   * The quarterly circular (R11.1). Units in rank order; rules: the rule columns of the points table (R4–R8); opinion:
   * the public-opinion figures per community (its R9 points are in {@code units}); reviews: the source data behind
   * them, every review level's decision and opinion on the quarter's articles (read for the .xlsx only; empty for the
   * .docx, which does not show them).
   */
  record Circular(Heading heading, List<UnitFigures> units, List<String> rules, List<CommunityFigures> opinion,
      List<ReviewRow> reviews) {

    List<UnitFigures> nothingSubmitted() {
      return units.stream().filter(u -> u.submitted() == 0).toList();
    }

    List<UnitFigures> quotaMissed() {
      return units.stream().filter(u -> u.shortfall() > 0).toList();
    }

    int total(java.util.function.ToIntFunction<UnitFigures> f) {
      return units.stream().mapToInt(f).sum();
    }
  }

  /**
   * One review decision on an article of the period (the circular's source data): the article, the level, who (代 for
   * a deputy), the decision and the opinion — also one given with 同意 — and when (business time zone).
   */
  record ReviewRow(String number, String unitName, String title, String status, int revision, String level,
      String reviewer, String decision, String comment, String at) {
  }

  /**
   * An informant on the year's honours list: accepted articles, points booked to it (R4–R8, which rank it) and its
   * public-opinion points (R9, shown apart), rank among informants.
   */
  record InformantFigures(String informant, String name, String unitName, int accepted, int points, int opinionPoints,
      int rank, boolean honoured) {
  }

  /** A unit listed for criticism and why (R11.3). */
  record Criticised(UnitFigures unit, String reason) {
  }

  /** The year-end assessment (R11.3); commended and criticised by {@code points} (R4–R8). */
  record Annual(Heading heading, List<UnitFigures> units, List<String> rules, List<UnitFigures> commended,
      List<Criticised> criticised, List<InformantFigures> informants, List<CommunityFigures> opinion,
      List<org.publicitydesk.meetings.Meetings.HeldMeeting> meetings) {
  }
}
