package org.publicitydesk.quota.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.organization.OrganizationDirectory.Member;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.Articles;
import org.springframework.stereotype.Component;

/**
 * Live quota progress (R2, R11.2): per unit and informant, countable articles this week, this quarter and this year
 * against their targets, and the weeks already missed this quarter. A unit with a missed week is at risk for the
 * quarter (R5.1).
 */
@Component
class Progress {

  record Figures(int countable, int target) {
  }

  record InformantProgress(String informant, String name, Figures week, Figures quarter, Figures year,
      long missedWeeksThisQuarter) {
  }

  record UnitProgress(String unitCode, String unitName, String today, int isoWeek, Figures week, Figures quarter,
      Figures year, long missedWeeksThisQuarter, boolean atRisk, List<InformantProgress> informants) {
  }

  private final SettlementService settlements;
  private final Articles articles;
  private final BusinessClock clock;
  private final QuotaProperties properties;

  Progress(SettlementService settlements, Articles articles, BusinessClock clock, QuotaProperties properties) {
    this.settlements = settlements;
    this.articles = articles;
    this.clock = clock;
    this.properties = properties;
  }

  UnitProgress of(UnitInfo unit) {
    LocalDate today = clock.today();
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    // the quarter the current week belongs to (by its Thursday)
    LocalDate thursday = monday.plusDays(3);
    LocalDate quarterStart = LocalDate.of(thursday.getYear(), ((thursday.getMonthValue() - 1) / 3) * 3 + 1, 1);
    List<QuotaWeeks.InformantWeeks> weeks = settlements.weeks(unit, quarterStart, quarterStart.plusMonths(3).minusDays(1));
    List<ArticleInfo> thisYear = articles.submittedBetween(unit.code(),
        LocalDate.of(today.getYear(), 1, 1).atStartOfDay(clock.zone()).toInstant(),
        today.plusDays(1).atStartOfDay(clock.zone()).toInstant()).stream().filter(ArticleInfo::countable).toList();
    List<InformantProgress> people = new ArrayList<>();
    for (QuotaWeeks.InformantWeeks w : weeks) {
      Member member = unit.informants().stream().filter(m -> m.personId().equals(w.informant())).findFirst().orElseThrow();
      if (!member.activeOn(today)) {
        continue;
      }
      QuotaWeeks.Week current = w.weeks().stream().filter(x -> x.monday().equals(monday)).findFirst().orElse(null);
      List<QuotaWeeks.Week> past = w.weeks().stream().filter(x -> x.monday().isBefore(monday)).toList();
      int quarterCountable = w.weeks().stream().mapToInt(QuotaWeeks.Week::countable).sum();
      int quarterTarget = (int) w.weeks().stream().filter(x -> x.working() && x.member()).count();
      long missed = past.stream().filter(QuotaWeeks.Week::missing).count();
      int yearCountable = (int) thisYear.stream().filter(a -> a.informant().equals(w.informant())).count();
      people.add(new InformantProgress(w.informant(), w.name(),
          new Figures(current == null ? 0 : current.countable(), current != null && current.working() ? 1 : 0),
          new Figures(quarterCountable, quarterTarget), new Figures(yearCountable,
              QuotaWeeks.annualTarget(List.of(member), today.getYear(), properties.articlesPerInformantPerYear())),
          missed));
    }
    long missed = people.stream().mapToLong(InformantProgress::missedWeeksThisQuarter).sum();
    return new UnitProgress(unit.code(), unit.name(), today.toString(), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
        sum(people, InformantProgress::week), sum(people, InformantProgress::quarter),
        new Figures(thisYear.size(), QuotaWeeks.annualTarget(unit.informants(), today.getYear(),
            properties.articlesPerInformantPerYear())),
        missed, missed > 0, people);
  }

  private static Figures sum(List<InformantProgress> people, java.util.function.Function<InformantProgress, Figures> f) {
    return new Figures(people.stream().mapToInt(p -> f.apply(p).countable()).sum(),
        people.stream().mapToInt(p -> f.apply(p).target()).sum());
  }
}
