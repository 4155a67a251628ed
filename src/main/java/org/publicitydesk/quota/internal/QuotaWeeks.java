package org.publicitydesk.quota.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.publicitydesk.organization.OrganizationDirectory.Member;
import org.publicitydesk.review.ArticleInfo;

/**
 * R2 weekly rule (rules.md, "Decision (weekly)"): ISO weeks (Monday–Sunday) belong to the period that contains their
 * Thursday; a working week is one with at least one working day; an informant counts for a week when it was an
 * informant of the unit on one of its working days; a working week with no countable article submitted by the
 * informant (business time zone) is one missing article.
 */
final class QuotaWeeks {

  private QuotaWeeks() {
  }

  /** One informant's week: whether it counts and how many countable articles the informant submitted in it. */
  record Week(LocalDate monday, boolean working, boolean member, int countable) {

    boolean missing() {
      return working && member && countable == 0;
    }
  }

  record InformantWeeks(String informant, String name, List<Week> weeks) {

    long missing() {
      return weeks.stream().filter(Week::missing).count();
    }
  }

  /** The Mondays of the ISO weeks whose Thursday lies in [from, to]. */
  static List<LocalDate> mondays(LocalDate from, LocalDate to) {
    List<LocalDate> mondays = new ArrayList<>();
    LocalDate thursday = from.with(DayOfWeek.THURSDAY);
    if (thursday.isBefore(from)) {
      thursday = thursday.plusWeeks(1);
    }
    for (; !thursday.isAfter(to); thursday = thursday.plusWeeks(1)) {
      mondays.add(thursday.minusDays(3));
    }
    return mondays;
  }

  static List<InformantWeeks> of(List<Member> informants, List<ArticleInfo> articles, LocalDate from, LocalDate to,
      Predicate<LocalDate> workingDay, ZoneId zone) {
    List<LocalDate> mondays = mondays(from, to);
    // each article is placed in its week once, and each week's working days found once, not per informant and week
    // (a city's quarter: 3,000 informants × 13 weeks over 37,000 articles)
    Map<String, Map<LocalDate, Integer>> countable = new HashMap<>();
    for (ArticleInfo a : articles) {
      if (a.countable()) {
        countable.computeIfAbsent(a.informant(), i -> new HashMap<>())
            .merge(a.submittedAt().atZone(zone).toLocalDate().with(DayOfWeek.MONDAY), 1, Integer::sum);
      }
    }
    Map<LocalDate, List<LocalDate>> working = new HashMap<>();
    mondays.forEach(monday -> working.put(monday, monday.datesUntil(monday.plusDays(7)).filter(workingDay).toList()));
    List<InformantWeeks> result = new ArrayList<>();
    for (Member informant : informants) {
      Map<LocalDate, Integer> own = countable.getOrDefault(informant.personId(), Map.of());
      List<Week> weeks = new ArrayList<>();
      for (LocalDate monday : mondays) {
        boolean member = working.get(monday).stream().anyMatch(informant::activeOn);
        weeks.add(new Week(monday, !working.get(monday).isEmpty(), member, own.getOrDefault(monday, 0)));
      }
      result.add(new InformantWeeks(informant.personId(), informant.name(), weeks));
    }
    return result;
  }

  /** R2 unit target: 50 a year per informant, pro rata for the days of the year it was one, rounded down. */
  static int annualTarget(List<Member> informants, int year, int perInformant) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    int days = first.lengthOfYear();
    double target = 0;
    for (Member m : informants) {
      long active = first.datesUntil(last.plusDays(1)).filter(m::activeOn).count();
      target += (double) perInformant * active / days;
    }
    return (int) Math.floor(target + 1e-9);
  }
}
