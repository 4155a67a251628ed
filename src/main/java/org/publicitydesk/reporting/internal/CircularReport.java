package org.publicitydesk.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.opinion.OpinionReports.CommunityFigures;
import org.publicitydesk.reporting.internal.ReportData.Circular;
import org.publicitydesk.reporting.internal.ReportData.Heading;
import org.publicitydesk.reporting.internal.ReportData.UnitFigures;
import org.publicitydesk.reporting.internal.ReportTables.Table;

/**
 * The quarterly circular (R11.1) as Word (an official 通报: masthead, title, five numbered sections with tables and a
 * chart of points per unit, signature, closing record) and as Excel (the same tables, one sheet each).
 */
final class CircularReport {

  static final String PROVISIONAL = "(暂定)";

  private CircularReport() {
  }

  static String title(Heading h) {
    return "关于" + h.period() + "宣传信息工作情况的通报" + (h.provisional() ? PROVISIONAL : "");
  }

  static String date(LocalDate d) {
    return org.publicitydesk.calendar.ChineseDate.of(d);
  }

  static String provisionalNote(Heading h) {
    return "本期数据为暂定数:" + h.period() + (h.issuedOn().isAfter(h.to()) ? "尚未结算" : "尚未结束")
        + ",少报扣分等结算项目尚未全部记入积分,以结算后的正式通报为准。";
  }

  static byte[] docx(Circular c) {
    Heading h = c.heading();
    try (OfficialDocx doc = new OfficialDocx()) {
      doc.masthead(h.subdistrict() + "宣传信息工作通报", h.year() + "年第" + h.quarter() + "期", h.issuingOffice(),
          date(h.issuedOn()));
      doc.title("关于" + h.period(), "宣传信息工作情况的通报" + (h.provisional() ? PROVISIONAL : ""));
      if (h.provisional()) {
        doc.remark(provisionalNote(h));
      }
      doc.salutation("各科室、各社区:");
      doc.paragraph("现将" + h.period() + "(" + date(h.from()) + "至" + date(h.to()) + ")全街道宣传信息报送、采用及"
          + "考核积分情况通报如下。");

      doc.heading("总体情况");
      doc.paragraph(summary(c));

      doc.heading("各单位报送及采用情况");
      doc.caption("表1  " + h.period() + "各单位宣传信息报送及采用情况");
      Table t1 = ReportTables.submissions(c.units());
      doc.table(t1.header(), t1.rows());
      doc.paragraph("注:报送稿件按报送时间统计;有效采用为政工科采用且不属于转发社区信息的稿件;媒体采用按每篇稿件计入的最高"
          + "级别媒体统计一次(R6),以本季度记分为准。");

      doc.heading("考核积分及排名");
      doc.paragraph(ranking(c));
      doc.caption("表2  " + h.period() + "各单位考核积分及排名");
      Table t2 = ReportTables.points(c.units(), c.rules());
      doc.table(t2.header(), t2.rows());
      doc.caption("图1  " + h.period() + "各单位考核积分");
      doc.barChart("积分", c.units().stream().map(UnitFigures::unitName).toList(),
          c.units().stream().map(UnitFigures::points).toList());

      doc.heading("未报送及未完成任务的单位");
      List<UnitFigures> nothing = c.nothingSubmitted();
      doc.paragraph(nothing.isEmpty() ? "本季度各单位均有稿件报送。"
          : "本季度未报送稿件的单位:" + names(nothing) + "。");
      List<UnitFigures> missed = c.quotaMissed();
      doc.paragraph(missed.isEmpty() ? "本季度各单位信息员均完成每周至少报送 1 篇有效稿件的任务。"
          : "未完成每周报送任务的单位:" + missed.stream().map(u -> u.unitName() + "(少报 " + u.shortfall() + " 条)")
              .collect(Collectors.joining("、")) + "。按考核办法,每少报 1 条扣 2 分" + (h.provisional()
              ? ",本期为暂定数,扣分在季度结算后记入。" : ",已在本季度积分中扣除。"));

      doc.heading("舆情信息报送及积分情况");
      doc.paragraph(opinionSummary(c));
      doc.caption("表3  " + h.period() + "各社区舆情信息报送情况及积分(另计)");
      Table t3 = ReportTables.opinion(c.opinion(), c.units());
      doc.table(t3.header(), t3.rows());
      doc.paragraph("注:舆情信息积分(R9)单独计算、单独排名,不计入表2的考核积分和名次;每月按时且采用不足 20 条扣 30 分,"
          + "当月没有信息员的社区不扣。");

      doc.heading("下一步工作要求");
      doc.paragraph("各单位要高度重视宣传信息工作,主要负责人要亲自审核把关,确保信息真实、准确、及时。信息员要按时完成每周"
          + "报送任务,紧扣片区开发、品牌建设、创新工作和亮点特色,多报送有分量、有深度的稿件。");
      doc.paragraph("未报送稿件和未完成任务的单位要认真查找原因,落实专人负责,切实改进。各社区要坚持每个工作日 9:15 前"
          + "报送舆情信息,确保每月不少于 20 条。");

      doc.signature(h.issuingOffice(), date(h.issuedOn()));
      doc.closingRecord("街道党工委、办事处领导。", h.issuingOffice(), date(h.issuedOn()));
      return doc.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] xlsx(Circular c) {
    Heading h = c.heading();
    String period = h.period() + (h.provisional() ? PROVISIONAL : "");
    try (Workbook book = new Workbook()) {
      book.sheet("说明", title(h), List.of("项目", "内容"), List.of(
          List.of("发文单位", h.issuingOffice()),
          List.of("统计期间", h.from() + " 至 " + h.to()),
          List.of("生成日期", h.issuedOn().toString()),
          List.of("状态", h.provisional() ? provisionalNote(h) : "已结算,正式数据")));
      Table t1 = ReportTables.submissions(c.units());
      book.sheet("报送采用", period + "各单位宣传信息报送及采用情况", t1.header(), t1.rows());
      Table t2 = ReportTables.points(c.units(), c.rules());
      book.sheet("积分排名", period + "各单位考核积分及排名", t2.header(), t2.rows());
      Table t4 = ReportTables.quota(c.units(), "应报(人·周)", "已报(人·周)", "少报条数");
      book.sheet("任务完成", period + "每周报送任务完成情况", t4.header(), t4.rows());
      Table t3 = ReportTables.opinion(c.opinion(), c.units());
      book.sheet("舆情信息", period + "各社区舆情信息报送情况及积分(另计)", t3.header(), t3.rows());
      book.sheet("审核意见", period + "报送稿件各级审核意见(源数据)", List.of("稿件编号", "单位", "标题", "稿件状态", "稿次",
          "审核环节", "审核人", "审核结论", "审核意见", "审核时间"), c.reviews().stream().map(r -> List.<Object>of(r.number(),
          r.unitName(), r.title(), r.status(), r.revision(), r.level(), r.reviewer(), r.decision(), r.comment(),
          r.at())).toList());
      return book.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String summary(Circular c) {
    List<UnitFigures> u = c.units();
    StringBuilder s = new StringBuilder(c.heading().period()).append(",全街道 ").append(u.size())
        .append(" 个单位共报送宣传信息 ").append(c.total(UnitFigures::submitted)).append(" 篇,经审核有效采用 ")
        .append(c.total(UnitFigures::accepted)).append(" 篇,质量不高 ").append(c.total(UnitFigures::lowQuality))
        .append(" 篇;被各级媒体采用 ").append(c.total(UnitFigures::adoptionsTotal)).append(" 篇");
    String levels = java.util.Arrays.stream(MediaLevel.values()).filter(l -> c.total(x -> x.adopted(l)) > 0)
        .map(l -> l.label() + " " + c.total(x -> x.adopted(l)) + " 篇").collect(Collectors.joining("、"));
    if (!levels.isEmpty()) {
      s.append(",其中").append(levels);
    }
    s.append("。各单位本季度考核积分合计 ").append(c.total(UnitFigures::points)).append(" 分;各社区舆情信息积分另计,合计 ")
        .append(c.total(UnitFigures::opinionPoints)).append(" 分。");
    return s.toString();
  }

  private static String ranking(Circular c) {
    List<UnitFigures> top = c.units().stream().filter(u -> u.rank() <= 3 && u.points() > 0).toList();
    String text = "积分按街道宣传信息工作考核办法计算(媒体采用按最高级别媒体计一次,少报每条扣 2 分);舆情信息分数另计,"
        + "不计入考核积分和名次(见表3)。";
    return top.isEmpty() ? text + "本季度各单位均未获得积分。"
        : text + "本季度积分位居前列的单位是:" + top.stream().map(u -> u.unitName() + "(" + u.points() + " 分)")
            .collect(Collectors.joining("、")) + "。";
  }

  private static String opinionSummary(Circular c) {
    List<UnitFigures> top = c.units().stream().filter(u -> u.opinionRank() != null && u.opinionRank() == 1
        && u.opinionPoints() > 0).toList();
    return opinionSummary(c.opinion()) + (top.isEmpty() ? "" : "舆情信息积分最高的社区是:" + top.stream()
        .map(u -> u.unitName() + "(" + u.opinionPoints() + " 分)").collect(Collectors.joining("、")) + "。");
  }

  private static String opinionSummary(List<CommunityFigures> communities) {
    int submitted = communities.stream().mapToInt(CommunityFigures::submitted).sum();
    int countable = communities.stream().mapToInt(CommunityFigures::countable).sum();
    int bulletin = communities.stream().mapToInt(CommunityFigures::bulletinAdopted).sum();
    String none = communities.stream().filter(x -> x.submitted() == 0).map(CommunityFigures::unitName)
        .collect(Collectors.joining("、"));
    return "本季度各社区共报送舆情信息 " + submitted + " 条,其中按时报送且采用 " + countable + " 条,被市宣传部宣传信息简报"
        + "采用 " + bulletin + " 条。" + (none.isEmpty() ? "" : "未报送舆情信息的社区:" + none + "。");
  }

  static String names(List<UnitFigures> units) {
    return units.stream().map(UnitFigures::unitName).collect(Collectors.joining("、"));
  }
}
