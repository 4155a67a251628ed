package org.publicitydesk.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publicitydesk.TestCalendars;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.organization.OrganizationDirectory.Member;
import org.publicitydesk.organization.Role;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.ArticleStatus;
import org.publicitydesk.review.ItemClass;

/** R2 weekly rule: ISO weeks by their Thursday, working weeks, membership periods, countable articles only. */
class QuotaWeeksTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final WorkingCalendar calendar = TestCalendars.shipped("quota-test");

  @Test
  void theFirstQuarterOf2026HasThirteenWeeksAcrossTheYearBoundary() {
    List<LocalDate> mondays = QuotaWeeks.mondays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    assertThat(mondays).hasSize(13);
    assertThat(mondays.get(0)).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(mondays.get(12)).isEqualTo(LocalDate.of(2026, 3, 23));
    assertThat(QuotaWeeks.mondays(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)).get(0))
        .isEqualTo(LocalDate.of(2026, 3, 30));
  }

  @Test
  void aHolidayWeekWithoutWorkingDaysCostsNothing() {
    // the Spring Festival week 16–22 February 2026 has no working day
    List<QuotaWeeks.InformantWeeks> weeks = QuotaWeeks.of(List.of(informant("inf-a", "2025-01-01", null)), List.of(),
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), calendar::isWorkingDay, SHANGHAI);
    QuotaWeeks.Week festival = weeks.get(0).weeks().stream()
        .filter(w -> w.monday().equals(LocalDate.of(2026, 2, 16))).findFirst().orElseThrow();
    assertThat(festival.working()).isFalse();
    assertThat(festival.missing()).isFalse();
    assertThat(weeks.get(0).missing()).isEqualTo(12);
  }

  @Test
  void onlyCountableArticlesOfTheInformantsOwnWeeksCount() {
    Member joined = informant("inf-new", "2026-02-02", null); // joined on the Monday of week 6
    List<ArticleInfo> articles = List.of(
        article("inf-new", "2026-02-02T10:00:00+08:00", ArticleStatus.ACCEPTED, null),       // week 6: counts
        article("inf-new", "2026-02-09T23:30:00+08:00", ArticleStatus.LOW_QUALITY, null),    // week 7: does not
        article("inf-new", "2026-02-15T23:59:00+08:00", ArticleStatus.ACCEPTED, "xinhua"),   // week 7, forwarded: not
        article("inf-new", "2026-03-01T16:30:00Z", ArticleStatus.ACCEPTED, null),            // 03-02 00:30 Shanghai: week 10
        article("inf-other", "2026-03-09T10:00:00+08:00", ArticleStatus.ACCEPTED, null));    // somebody else's
    QuotaWeeks.InformantWeeks weeks = QuotaWeeks.of(List.of(joined), articles, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 3, 31), calendar::isWorkingDay, SHANGHAI).get(0);
    // weeks 6–13 as an informant, less the Spring Festival week (no working day): 7; countable in 6 and 10 → 5 missing
    assertThat(weeks.weeks().stream().filter(QuotaWeeks.Week::member).count()).isEqualTo(7);
    assertThat(weeks.missing()).isEqualTo(5);
  }

  @Test
  void theAnnualTargetIsProRataAndRoundedDown() {
    assertThat(QuotaWeeks.annualTarget(List.of(informant("a", "2025-01-01", null),
        informant("b", "2025-01-01", null)), 2026, 50)).isEqualTo(100);
    // joined 1 July 2026: 184 of 365 days → 25.2; with a full-year colleague 75.2 → 75
    assertThat(QuotaWeeks.annualTarget(List.of(informant("a", "2025-01-01", null),
        informant("c", "2026-07-01", null)), 2026, 50)).isEqualTo(75);
    // left on 31 March 2026: 90 days → 12.3 → 12
    assertThat(QuotaWeeks.annualTarget(List.of(informant("d", "2025-01-01", "2026-03-31")), 2026, 50)).isEqualTo(12);
  }

  private static Member informant(String id, String since, String until) {
    return new Member(id, id, Role.INFORMANT, LocalDate.parse(since), until == null ? null : LocalDate.parse(until));
  }

  private static ArticleInfo article(String informant, String submitted, ArticleStatus status, String forwardedFrom) {
    return new ArticleInfo(1, "n", "economy", informant, "t", ItemClass.ORDINARY, status, forwardedFrom, null,
        java.time.OffsetDateTime.parse(submitted).toInstant(), Instant.now(), null, null);
  }
}
