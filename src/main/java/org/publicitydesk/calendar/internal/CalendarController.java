package org.publicitydesk.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
// impl: IdentityService.getCurrentAuthentication() answers with this class; there is no public type for it
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.organization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET|PUT /api/calendar/{year}} (contract): a year's public holidays and make-up working days. Everybody reads
 * it; administrators change it. A wrong list is refused whole with every fault.
 */
@RestController
class CalendarController {

  private final WorkingCalendar calendar;
  private final IdentityService identity;

  CalendarController(WorkingCalendar calendar, IdentityService identity) {
    this.calendar = calendar;
    this.identity = identity;
  }

  record CalendarYear(Integer year, List<String> holidays, List<String> workdays, String source) {
  }

  static class CalendarRejected extends ResponseStatusException {
    CalendarRejected(List<String> faults) {
      super(HttpStatus.BAD_REQUEST, "日历有误,未保存:" + String.join(";", faults));
    }
  }

  @GetMapping("/api/calendar/{year}")
  CalendarYear get(@PathVariable int year) {
    check(year);
    WorkingCalendar.Year y = calendar.year(year);
    return new CalendarYear(year, y.holidays().stream().sorted().map(LocalDate::toString).toList(),
        y.workdays().stream().sorted().map(LocalDate::toString).toList(), y.source().name());
  }

  /**
   * The same as a simple text file, one date a line: {@code 2026-10-01 假} (holiday) or {@code 2026-09-20 班} (make-up
   * working day); lines starting with # are comments.
   */
  @PutMapping(path = "/api/calendar/{year}", consumes = "text/plain")
  CalendarYear putText(@PathVariable int year, @RequestBody String text) {
    List<String> holidays = new ArrayList<>();
    List<String> workdays = new ArrayList<>();
    List<String> faults = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("[\\s,;]+");
      if (parts.length == 2 && (parts[1].equals("假") || parts[1].equalsIgnoreCase("holiday"))) {
        holidays.add(parts[0]);
      } else if (parts.length == 2 && (parts[1].equals("班") || parts[1].equalsIgnoreCase("workday"))) {
        workdays.add(parts[0]);
      } else {
        faults.add("第 " + (i + 1) + " 行“" + line + "”应为“日期 假”或“日期 班”");
      }
    }
    if (!faults.isEmpty()) {
      throw new CalendarRejected(faults);
    }
    return put(year, new CalendarYear(year, holidays, workdays, null));
  }

  @PutMapping(path = "/api/calendar/{year}", consumes = "application/json")
  CalendarYear put(@PathVariable int year, @RequestBody CalendarYear body) {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || auth.getGroupIds() == null || !auth.getGroupIds().contains(Groups.ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有系统管理员可以修改工作日历");
    }
    check(year);
    List<String> faults = new ArrayList<>();
    if (body.year() != null && body.year() != year) {
      faults.add("年份 " + body.year() + " 与地址中的年份 " + year + " 不一致");
    }
    Set<LocalDate> holidays = dates("放假日期", body.holidays(), year, faults);
    Set<LocalDate> workdays = dates("调休上班日", body.workdays(), year, faults);
    for (LocalDate d : workdays) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        faults.add("调休上班日 " + d + " 不是周末:调休上班日应在周六或周日");
      }
      if (holidays.contains(d)) {
        faults.add(d + " 不能既是假日又是调休上班日");
      }
    }
    if (!faults.isEmpty()) {
      throw new CalendarRejected(faults);
    }
    calendar.save(new WorkingCalendar.Year(year, holidays, workdays, WorkingCalendar.Source.ADMINISTRATOR),
        auth.getUserId());
    return get(year);
  }

  private static Set<LocalDate> dates(String field, List<String> values, int year, List<String> faults) {
    Set<LocalDate> dates = new TreeSet<>();
    for (String value : values == null ? List.<String>of() : values) {
      try {
        LocalDate date = LocalDate.parse(value);
        if (date.getYear() != year) {
          faults.add(field + " " + value + " 不在 " + year + " 年");
        }
        dates.add(date);
      } catch (DateTimeParseException | NullPointerException e) {
        faults.add(field + " “" + value + "”不是日期,格式应为 YYYY-MM-DD");
      }
    }
    return dates;
  }

  private static void check(int year) {
    if (year < 2000 || year > 2100) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "年份 " + year + " 无效");
    }
  }

}
