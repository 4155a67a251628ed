package org.publicitydesk.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Working days and working time (R10.1): Monday to Friday, 09:00–17:00 in the business time zone, less public
 * holidays, plus make-up working days (调休上班), as published by the State Council (shipped for 2025–2026 in
 * {@code calendar/cn-public-holidays.json}). A year with no arrangement known has weekends off only.
 */
@Component
public class WorkingCalendar {

  public static final LocalTime DAY_START = LocalTime.of(9, 0);
  public static final LocalTime DAY_END = LocalTime.of(17, 0);

  private final Set<LocalDate> holidays = new HashSet<>();
  private final Set<LocalDate> makeUpWorkdays = new HashSet<>();

  public WorkingCalendar() throws IOException {
    try (InputStream in = new ClassPathResource("calendar/cn-public-holidays.json").getInputStream()) {
      for (JsonNode year : new ObjectMapper().readTree(in).get("years")) {
        year.get("holidays").forEach(d -> holidays.add(LocalDate.parse(d.asText())));
        year.get("workdays").forEach(d -> makeUpWorkdays.add(LocalDate.parse(d.asText())));
      }
    }
  }

  public boolean isWorkingDay(LocalDate day) {
    if (makeUpWorkdays.contains(day)) {
      return true;
    }
    boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    return !weekend && !holidays.contains(day);
  }

  public LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  /** Within the submission window of R10.1: a working day, 09:00 (inclusive) to 17:00 (exclusive). */
  public boolean isWorkingTime(ZonedDateTime time) {
    LocalTime t = time.toLocalTime();
    return isWorkingDay(time.toLocalDate()) && !t.isBefore(DAY_START) && t.isBefore(DAY_END);
  }

  /** 17:00 of the next working day after the day of {@code from} (default review deadline). */
  public ZonedDateTime endOfNextWorkingDay(ZonedDateTime from) {
    return nextWorkingDay(from.toLocalDate()).atTime(DAY_END).atZone(from.getZone());
  }

  /** {@code from} plus an amount of working time; time outside 09:00–17:00 on working days does not count. */
  public ZonedDateTime plusWorkingTime(ZonedDateTime from, Duration amount) {
    ZonedDateTime cursor = nextWorkingMoment(from);
    Duration left = amount;
    while (true) {
      ZonedDateTime endOfDay = cursor.toLocalDate().atTime(DAY_END).atZone(cursor.getZone());
      Duration available = Duration.between(cursor, endOfDay);
      if (left.compareTo(available) <= 0) {
        return cursor.plus(left);
      }
      left = left.minus(available);
      cursor = nextWorkingDay(cursor.toLocalDate()).atTime(DAY_START).atZone(cursor.getZone());
    }
  }

  /** {@code time} itself when it is working time, else the start of the next working time (R10.1 deadlines). */
  public ZonedDateTime nextWorkingMoment(ZonedDateTime time) {
    if (isWorkingTime(time)) {
      return time;
    }
    LocalDate day = time.toLocalDate();
    if (isWorkingDay(day) && time.toLocalTime().isBefore(DAY_START)) {
      return day.atTime(DAY_START).atZone(time.getZone());
    }
    return nextWorkingDay(day).atTime(DAY_START).atZone(time.getZone());
  }
}
