package org.publicitydesk.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  /** Points per rule, total and rank, in rank order (as {@code /api/scores}). */
  static Table points(List<UnitFigures> units, List<String> rules) {
    List<String> header = new ArrayList<>(List.of("名次", "单位"));
    rules.forEach(r -> header.add(RuleLabels.label(r) + "(" + r + ")"));
    header.add("合计积分");
    List<List<Object>> rows = new ArrayList<>();
    for (UnitFigures u : units) {
      List<Object> row = new ArrayList<>(List.of(u.rank(), u.unitName()));
      rules.forEach(r -> row.add(u.rule(r)));
      row.add(u.points());
      rows.add(row);
    }
    return new Table(header, rows);
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

  static Table opinion(List<CommunityFigures> communities) {
    List<List<Object>> rows = new ArrayList<>();
    for (CommunityFigures c : communities) {
      rows.add(List.of(c.unitName(), c.submitted(), c.onTime(), c.late(), c.accepted(), c.lowQuality(), c.countable(),
          c.bulletinAdopted()));
    }
    rows.add(List.of("合计", communities.stream().mapToInt(CommunityFigures::submitted).sum(),
        communities.stream().mapToInt(CommunityFigures::onTime).sum(),
        communities.stream().mapToInt(CommunityFigures::late).sum(),
        communities.stream().mapToInt(CommunityFigures::accepted).sum(),
        communities.stream().mapToInt(CommunityFigures::lowQuality).sum(),
        communities.stream().mapToInt(CommunityFigures::countable).sum(),
        communities.stream().mapToInt(CommunityFigures::bulletinAdopted).sum()));
    return new Table(List.of("社区", "报送", "按时", "迟报", "采用", "质量不高", "按时且采用", "简报采用"), rows);
  }

  static Table commended(List<UnitFigures> units) {
    List<List<Object>> rows = new ArrayList<>();
    units.forEach(u -> rows.add(List.of(u.rank(), u.unitName(), u.points(), u.accepted(), u.adoptionsTotal())));
    return new Table(List.of("名次", "单位", "全年积分", "有效稿件", "媒体采用"), rows);
  }

  static Table criticised(List<Criticised> units) {
    List<List<Object>> rows = new ArrayList<>();
    units.forEach(c -> rows.add(List.of(c.unit().rank(), c.unit().unitName(), c.unit().points(), c.reason())));
    return new Table(List.of("名次", "单位", "全年积分", "原因"), rows);
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
        p.honoured() ? "优秀信息员" : "")));
    return new Table(List.of("名次", "信息员", "单位", "有效稿件", "积分", "荣誉"), rows);
  }

  private static int sum(List<UnitFigures> units, java.util.function.ToIntFunction<UnitFigures> f) {
    return units.stream().mapToInt(f).sum();
  }
}
