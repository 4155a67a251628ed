package org.publicitydesk.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.publicitydesk.meetings.MeetingKind;
import org.publicitydesk.reporting.internal.ReportData.Annual;
import org.publicitydesk.reporting.internal.ReportData.Heading;
import org.publicitydesk.reporting.internal.ReportData.InformantFigures;
import org.publicitydesk.reporting.internal.ReportData.UnitFigures;
import org.publicitydesk.reporting.internal.ReportTables.Table;

/**
 * The year-end assessment (R11.3) as Word and Excel: the ranking, the commended units, the units listed for criticism
 * (negative balance or annual target missed), the informants' honours list and the year's informant meetings and
 * training sessions with their attendee counts (R12).
 */
final class AnnualReport {

  private AnnualReport() {
  }

  static String title(Heading h) {
    return "关于" + h.period() + "宣传信息工作考核结果的通报" + (h.provisional() ? CircularReport.PROVISIONAL : "");
  }

  static byte[] docx(Annual a) {
    Heading h = a.heading();
    String date = CircularReport.date(h.issuedOn());
    try (OfficialDocx doc = new OfficialDocx()) {
      doc.masthead(h.subdistrict() + "宣传信息工作通报", h.year() + "年度考核", h.issuingOffice(), date);
      doc.title("关于" + h.period(), "宣传信息工作考核结果的通报" + (h.provisional() ? CircularReport.PROVISIONAL : ""));
      if (h.provisional()) {
        doc.remark("本期数据为暂定数:" + h.period() + "尚未结算,年度任务奖惩等结算项目尚未全部记入积分,以结算后的正式通报为准。");
      }
      doc.salutation("各科室、各社区:");
      doc.paragraph("根据街道宣传信息工作考核办法,现将" + h.period() + "(" + CircularReport.date(h.from()) + "至"
          + CircularReport.date(h.to()) + ")各单位宣传信息工作考核结果通报如下。");

      doc.heading("考核排名");
      doc.caption("表1  " + h.period() + "各单位考核积分及排名");
      Table t1 = ReportTables.points(a.units(), a.rules());
      doc.table(t1.header(), t1.rows());
      doc.caption("图1  " + h.period() + "各单位考核积分");
      doc.barChart("积分", a.units().stream().map(UnitFigures::unitName).toList(),
          a.units().stream().map(UnitFigures::points).toList());

      doc.heading("表彰单位");
      doc.paragraph(a.commended().isEmpty() ? "本年度无单位积分为正,不予表彰。"
          : "对积分位居前列的" + CircularReport.names(a.commended()) + "予以通报表彰。");
      if (!a.commended().isEmpty()) {
        Table t2 = ReportTables.commended(a.commended());
        doc.table(t2.header(), t2.rows());
      }

      doc.heading("通报批评单位");
      doc.paragraph(a.criticised().isEmpty() ? "本年度各单位均完成年度任务,积分均不为负。"
          : "以下单位年度积分为负或未完成年度报送任务,予以通报批评,请认真整改:");
      if (!a.criticised().isEmpty()) {
        Table t3 = ReportTables.criticised(a.criticised());
        doc.table(t3.header(), t3.rows());
      }

      doc.heading("优秀信息员");
      List<InformantFigures> honoured = a.informants().stream().filter(InformantFigures::honoured).toList();
      doc.paragraph(honoured.isEmpty() ? "本年度无信息员获得积分。"
          : "授予" + honoured.stream().map(p -> p.name() + "(" + p.unitName() + ")").collect(Collectors.joining("、"))
              + "“优秀信息员”称号。各信息员全年积分如下表。");
      Table t4 = ReportTables.informants(a.informants());
      doc.table(t4.header(), t4.rows());

      doc.heading("各单位报送及采用情况");
      Table t5 = ReportTables.submissions(a.units());
      doc.table(t5.header(), t5.rows());

      doc.heading("舆情信息积分(另计)");
      doc.paragraph("舆情信息积分(R9)单独计算、单独排名,不计入考核积分、名次和表彰、批评。");
      Table t6 = ReportTables.opinion(a.opinion(), a.units());
      doc.table(t6.header(), t6.rows());
      doc.heading("信息员例会和业务培训");
      long trainings = a.meetings().stream().filter(m -> m.kind() == MeetingKind.TRAINING).count();
      doc.paragraph(a.meetings().isEmpty() ? "本年度未登记信息员例会和业务培训。"
          : "本年度共召开信息员例会 " + (a.meetings().size() - trainings) + " 次、举办业务培训 " + trainings + " 次,累计参加 "
              + a.meetings().stream().mapToInt(m -> m.attendees()).sum() + " 人次(只作记录,不计积分)。");
      if (!a.meetings().isEmpty()) {
        Table t7 = ReportTables.meetings(a.meetings());
        doc.table(t7.header(), t7.rows());
      }

      doc.signature(h.issuingOffice(), date);
      doc.closingRecord("街道党工委、办事处领导。", h.issuingOffice(), date);
      return doc.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] xlsx(Annual a) {
    Heading h = a.heading();
    String period = h.period() + (h.provisional() ? CircularReport.PROVISIONAL : "");
    try (Workbook book = new Workbook()) {
      book.sheet("说明", title(h), List.of("项目", "内容"), List.of(
          List.of("发文单位", h.issuingOffice()),
          List.of("统计期间", h.from() + " 至 " + h.to()),
          List.of("生成日期", h.issuedOn().toString()),
          List.of("状态", h.provisional() ? "暂定数:尚未结算" : "已结算,正式数据")));
      Table t1 = ReportTables.points(a.units(), a.rules());
      book.sheet("考核排名", period + "各单位考核积分及排名", t1.header(), t1.rows());
      Table t2 = ReportTables.commended(a.commended());
      book.sheet("表彰单位", period + "表彰单位", t2.header(), t2.rows());
      Table t3 = ReportTables.criticised(a.criticised());
      book.sheet("通报批评", period + "通报批评单位", t3.header(), t3.rows());
      Table t4 = ReportTables.informants(a.informants());
      book.sheet("优秀信息员", period + "信息员积分及优秀信息员", t4.header(), t4.rows());
      Table t5 = ReportTables.quota(a.units(), "年度任务", "有效稿件", "差额");
      book.sheet("年度任务", period + "年度报送任务完成情况", t5.header(), t5.rows());
      Table t6 = ReportTables.submissions(a.units());
      book.sheet("报送采用", period + "各单位报送及采用情况", t6.header(), t6.rows());
      Table t7 = ReportTables.opinion(a.opinion(), a.units());
      book.sheet("舆情信息", period + "各社区舆情信息报送情况及积分(另计)", t7.header(), t7.rows());
      Table t8 = ReportTables.meetings(a.meetings());
      book.sheet("例会与培训", period + "信息员例会和业务培训", t8.header(), t8.rows());
      return book.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
