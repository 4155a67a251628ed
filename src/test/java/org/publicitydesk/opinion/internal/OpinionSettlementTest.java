package org.publicitydesk.opinion.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.opinion.OpinionReports.CommunityFigures;
import org.publicitydesk.organization.OrganizationDirectory.Member;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.Role;
import org.publicitydesk.organization.UnitKind;
import org.publicitydesk.scoring.Ledger.Booking;
import org.publicitydesk.scoring.Ledger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R9.2 applies only to months in which the community had an informant on at least one working day (rules.md, R9
 * decisions), on the State Council's 2025 calendar shipped with the system:
 *
 * <pre>
 * 桥东社区: informant since Friday 2025-04-04 (清明 holiday; first working day Monday 7 April), no reports
 *   January, February, March 2025   no informant                      → 0   (before issue 19: −30 each)
 *   April 2025                      informant on 7–30 April, 0 of 20  → −30 (a partial month keeps the full target)
 * 桥西社区: informant since Saturday 2025-05-31 (端午 holiday until Monday 2 June)
 *   May 2025                        informant on no working day       → 0
 *   June 2025                       informant from 3 June, 0 of 20    → −30
 * </pre>
 */
class OpinionSettlementTest {

  private final OpinionService reports = mock(OpinionService.class);
  private final OrganizationDirectory directory = mock(OrganizationDirectory.class);
  private final Ledger ledger = mock(Ledger.class);
  private final List<UnitInfo> units = new java.util.ArrayList<>();
  private OpinionSettlement settlement;

  @BeforeEach
  void setUp() throws Exception {
    // no administrator's arrangement in the (mocked) table: the shipped State Council calendar applies
    WorkingCalendar calendar = new WorkingCalendar(mock(JdbcTemplate.class));
    settlement = new OpinionSettlement(reports, directory, calendar, ledger, new BusinessClock("Asia/Shanghai"),
        new OpinionProperties(java.time.LocalTime.of(9, 15), 20, -30, 10, 15, java.time.LocalTime.of(8, 45)));
    community("qiaodong", "桥东社区", LocalDate.of(2025, 4, 4));
    community("qiaoxi", "桥西社区", LocalDate.of(2025, 5, 31));
    when(reports.figures(any(), any())).thenReturn(List.of(nothing("qiaodong", "桥东社区"), nothing("qiaoxi", "桥西社区")));
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2025-07-02T10:00:00+08:00").toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void noMonthlyPenaltyForMonthsWithoutAnInformantOnAWorkingDay() {
    for (int month = 1; month <= 3; month++) {
      assertThat(points(month, "qiaodong")).as("2025-0" + month).isZero();
      assertThat(booked("R9.2:2025-0" + month + ":qiaodong")).isEmpty();
    }
    assertThat(points(4, "qiaodong")).isEqualTo(-30);
    assertThat(points(5, "qiaoxi")).isZero();
    assertThat(points(6, "qiaoxi")).isEqualTo(-30);
  }

  @Test
  void theNoteSaysWhyAMonthIsNotAssessed() {
    OpinionSettlement.CommunityMonth january = settle(1, "qiaodong");
    assertThat(january.assessed()).isFalse();
    assertThat(january.note()).contains("2025年1月", "没有一个工作日有信息员", "不考核");
    OpinionSettlement.CommunityMonth april = settle(4, "qiaodong");
    assertThat(april.assessed()).isTrue();
    assertThat(april.note()).contains("0 条", "扣 30 分(R9.2)");
    assertThat(booked("R9.2:2025-04:qiaodong"))
        .containsExactly(new Booking("qiaodong", null, "R9.2", -30, LocalDate.of(2025, 4, 30), april.note()));
  }

  private int points(int month, String unit) {
    return settle(month, unit).points();
  }

  private OpinionSettlement.CommunityMonth settle(int month, String unit) {
    return settlement.settle(YearMonth.of(2025, month), false).stream().filter(c -> c.unitCode().equals(unit))
        .findFirst().orElseThrow();
  }

  /** What the settlements so far booked for a source (every unit of a month in one call of the ledger). */
  @SuppressWarnings("unchecked")
  private List<Booking> booked(String sourceId) {
    ArgumentCaptor<Map<String, List<Booking>>> calls = ArgumentCaptor.forClass(Map.class);
    verify(ledger, atLeastOnce()).bookAll(eq("SETTLEMENT"), calls.capture());
    return calls.getAllValues().stream().filter(m -> m.containsKey(sourceId)).reduce((a, b) -> b).orElseThrow()
        .get(sourceId);
  }

  private void community(String code, String name, LocalDate since) {
    units.add(new UnitInfo(code, name, UnitKind.COMMUNITY, "sup-wang",
        List.of(), List.of(new Member("inf-" + code, "信息员", Role.INFORMANT, since, null))));
    when(directory.units()).thenReturn(List.copyOf(units));
  }

  private static CommunityFigures nothing(String code, String name) {
    return new CommunityFigures(code, name, 0, 0, 0, 0, 0, 0, 0);
  }
}
