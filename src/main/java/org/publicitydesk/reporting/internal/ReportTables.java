package org.publicitydesk.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.opinion.OpinionReports.CommunityFigures;
import org.publicitydesk.reporting.internal.ReportData.Criticised;
import org.publicitydesk.reporting.internal.ReportData.InformantFigures;
import org.publicitydesk.reporting.internal.ReportData.UnitFigures;

/** The tables of the circular and the assessment, the same in Word and in Excel: a header and rows of values. */
final class ReportTables {

  record Table(List<String> header, List<List<Object>> rows) {
  }

  private ReportTables() {
  }

  /** Articles and adoptions per unit, in the organisation's order, with a total line. */
  static Table submissions(List<UnitFigures> units) {
    List<String> header = new ArrayList<>(List.of("序号", "单位", "报送稿件", "有效采用", "质量不高"));
    for (MediaLevel level : MediaLevel.values()) {
      header.add(level.label());
    }
    header.add("媒体采用合计");
    List<List<Object>> rows = new ArrayList<>();
    List<UnitFigures> ordered = units.stream().sorted(Comparator.comparingInt(UnitFigures::position)).toList();
    for (int i = 0; i < ordered.size(); i++) {
      UnitFigures u = ordered.get(i);
      List<Object> row = new ArrayList<>(List.of(i + 1, u.unitName(), u.submitted(), u.accepted(), u.lowQuality()));
      for (MediaLevel level : MediaLevel.values()) {
        row.add(u.adopted(level));
      }
      row.add(u.adoptionsTotal());
      rows.add(row);
    }
    List<Object> total = new ArrayList<>(List.of("", "合计", sum(units, UnitFigures::submitted),
        sum(units, UnitFigures::accepted), sum(units, UnitFigures::lowQuality)));
    for (MediaLevel level : MediaLevel.values()) {
      total.add(sum(units, u -> u.adopted(level)));
    }
    total.add(sum(units, UnitFigures::adoptionsTotal));
    rows.add(total);
    return new Table(header, rows);
  }

  static final String POINTS = "考核积分";
  static final String OPINION_POINTS = "舆情积分(另计)";
  /** Shown for a department in the public-opinion columns: R9 is for communities only. */
  static final String NONE = "—";

  /**
   * Points per rule (R4–R8), their total and rank, in rank order, and the public-opinion points scored separately
   * (R9, communities): the two totals of {@code /api/scores}.
   */
  static Table points(List<UnitFigures> units, List<String> rules) {
    List<String> header = new ArrayList<>(List.of("名次", "单位"));
    rules.forEach(r -> header.add(RuleLabels.label(r) + "(" + r + ")"));
    header.add(POINTS);
    header.add(OPINION_POINTS);
    List<List<Object>> rows = new ArrayList<>();
    for (UnitFigures u : units) {
      List<Object> row = new ArrayList<>(List.of(u.rank(), u.unitName()));
      rules.forEach(r -> row.add(u.rule(r)));
      row.add(u.points());
      row.add(opinionPoints(u));
      rows.add(row);
    }
    return new Table(header, rows);
  }

  private static Object opinionPoints(UnitFigures u) {
    return u.opinionRank() == null ? NONE : u.opinionPoints();
  }

  /** The weekly quota of a quarter per unit: informant-weeks due, met, missing (R2, R5.1). */
  static Table quota(List<UnitFigures> units, String due, String met, String missing) {
    List<List<Object>> rows = new ArrayList<>();
    for (UnitFigures u : units.stream().sorted(Comparator.comparingInt(UnitFigures::position)).toList()) {
      rows.add(List.of(u.unitName(), u.submitted(), u.quotaTarget(), u.quotaCountable(), u.shortfall(),
          u.submitted() == 0 ? "未报送稿件" : u.shortfall() > 0 ? "未完成任务" : "完成"));
    }
    return new Table(List.of("单位", "报送稿件", due, met, missing, "情况"), rows);
  }

  /**
   * Public-opinion reports per community and their points (R9.1–R9.3, scored separately), with the ranking among
   * communities of {@code /api/scores}; a total line.
   */
  static Table opinion(List<CommunityFigures> communities, List<UnitFigures> units) {
    Map<String, UnitFigures> byCode = new HashMap<>();
    units.forEach(u -> byCode.put(u.unitCode(), u));
    List<String> rules = List.of("R9.1", "R9.2", "R9.3");
    List<List<Object>> rows = new ArrayList<>();
    int[] total = new int[11];
    for (CommunityFigures c : communities) {
      UnitFigures u = byCode.get(c.unitCode());
      int[] values = {c.submitted(), c.onTime(), c.late(), c.accepted(), c.lowQuality(), c.countable(),
          c.bulletinAdopted(), u == null ? 0 : u.rule("R9.1"), u == null ? 0 : u.rule("R9.2"),
          u == null ? 0 : u.rule("R9.3"), u == null ? 0 : u.opinionPoints()};
      List<Object> row = new ArrayList<>(List.of(c.unitName()));
      for (int i = 0; i < values.length; i++) {
        row.add(values[i]);
        total[i] += values[i];
      }
      row.add(u == null || u.opinionRank() == null ? NONE : u.opinionRank());
      rows.add(row);
    }
    List<Object> sum = new ArrayList<>(List.of("合计"));
    for (int t : total) {
      sum.add(t);
    }
    sum.add("");
    rows.add(sum);
    List<String> header = new ArrayList<>(List.of("社区", "报送", "按时", "迟报", "采用", "质量不高", "按时且采用", "简报采用"));
    rules.forEach(r -> header.add(RuleLabels.label(r) + "(" + r + ")"));
    header.add("舆情积分");
    header.add("舆情名次");
    return new Table(header, rows);
  }

  static Table commended(List<UnitFigures> units) {
    List<List<Object>> rows = new ArrayList<>();
    units.forEach(u -> rows.add(List.of(u.rank(), u.unitName(), u.points(), opinionPoints(u), u.accepted(),
        u.adoptionsTotal())));
    return new Table(List.of("名次", "单位", "全年积分", OPINION_POINTS, "有效稿件", "媒体采用"), rows);
  }

  static Table criticised(List<Criticised> units) {
    List<List<Object>> rows = new ArrayList<>();
    units.forEach(c -> rows.add(List.of(c.unit().rank(), c.unit().unitName(), c.unit().points(),
        opinionPoints(c.unit()), c.reason())));
    return new Table(List.of("名次", "单位", "全年积分", OPINION_POINTS, "原因"), rows);
  }

  /** R12: the year's informant meetings and training sessions with their attendee counts, oldest first. */
  static Table meetings(List<org.publicitydesk.meetings.Meetings.HeldMeeting> meetings) {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < meetings.size(); i++) {
      org.publicitydesk.meetings.Meetings.HeldMeeting m = meetings.get(i);
      rows.add(List.of(i + 1, m.date().toString(), m.kind().label(), m.topic(), m.organiser(), m.attendees(),
          m.materials()));
    }
    rows.add(List.of("", "合计", meetings.size() + " 次", "", "",
        meetings.stream().mapToInt(org.publicitydesk.meetings.Meetings.HeldMeeting::attendees).sum(), ""));
    return new Table(List.of("序号", "日期", "类型", "主题", "组织者", "参加人数", "材料份数"), rows);
  }

  static Table informants(List<InformantFigures> people) {
    List<List<Object>> rows = new ArrayList<>();
    people.forEach(p -> rows.add(List.of(p.rank(), p.name(), p.unitName(), p.accepted(), p.points(),
        p.opinionPoints(), p.honoured() ? "优秀信息员" : "")));
    return new Table(List.of("名次", "信息员", "单位", "有效稿件", "积分", OPINION_POINTS, "荣誉"), rows);
  }

  private static int sum(List<UnitFigures> units, java.util.function.ToIntFunction<UnitFigures> f) {
    return units.stream().mapToInt(f).sum();
  }
}
