package org.publicitydesk.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Working days and working time (R10.1): Monday to Friday, 09:00–17:00 in the business time zone, less public
 * holidays, plus make-up working days (调休上班). A year's arrangement is the administrator's (pd_calendar_year), else
 * the State Council's shipped in {@code calendar/cn-public-holidays.json} (2025–2026), else weekends only. Years are
 * cached for a minute, so every node of a cluster follows a change within that time.
 */
@Component
public class WorkingCalendar {

  public static final LocalTime DAY_START = LocalTime.of(9, 0);
  public static final LocalTime DAY_END = LocalTime.of(17, 0);
  private static final Duration CACHE = Duration.ofMinutes(1);

  /** A year's holidays and make-up working days, and where they come from. */
  public record Year(int year, Set<LocalDate> holidays, Set<LocalDate> workdays, Source source) {
  }

  public enum Source { ADMINISTRATOR, STATE_COUNCIL, WEEKENDS_ONLY }

  private record Cached(Year year, Instant loaded) {
  }

  private final JdbcTemplate jdbc;
  private final Map<Integer, Year> shipped = new HashMap<>();
  private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();

  public WorkingCalendar(JdbcTemplate jdbc) throws IOException {
    this.jdbc = jdbc;
    try (InputStream in = new ClassPathResource("calendar/cn-public-holidays.json").getInputStream()) {
      for (JsonNode node : new ObjectMapper().readTree(in).get("years")) {
        int year = node.get("year").asInt();
        shipped.put(year, new Year(year, dates(node.get("holidays")), dates(node.get("workdays")), Source.STATE_COUNCIL));
      }
    }
  }

  public Year year(int year) {
    Cached cached = cache.get(year);
    if (cached != null && cached.loaded().plus(CACHE).isAfter(Instant.now())) {
      return cached.year();
    }
    List<Year> stored = jdbc.query("select holidays, workdays from pd_calendar_year where calendar_year = ?",
        (rs, i) -> new Year(year, parse(rs.getString(1)), parse(rs.getString(2)), Source.ADMINISTRATOR), year);
    Year result = !stored.isEmpty() ? stored.get(0)
        : shipped.getOrDefault(year, new Year(year, Set.of(), Set.of(), Source.WEEKENDS_ONLY));
    cache.put(year, new Cached(result, Instant.now()));
    return result;
  }

  /** Stores an administrator's arrangement for a year (already checked by the caller). */
  public void save(Year year, String user) {
    int updated = jdbc.update("update pd_calendar_year set holidays = ?, workdays = ?, updated_by = ?, updated_at = ? "
        + "where calendar_year = ?", join(year.holidays()), join(year.workdays()), user, java.sql.Timestamp.from(Instant.now()),
        year.year());
    if (updated == 0) {
      jdbc.update("insert into pd_calendar_year (calendar_year, holidays, workdays, updated_by, updated_at) values (?, ?, ?, ?, ?)",
          year.year(), join(year.holidays()), join(year.workdays()), user, java.sql.Timestamp.from(Instant.now()));
    }
    cache.remove(year.year());
  }

  public boolean isWorkingDay(LocalDate day) {
    Year year = year(day.getYear());
    if (year.workdays().contains(day)) {
      return true;
    }
    boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    return !weekend && !year.holidays().contains(day);
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

  private static Set<LocalDate> dates(JsonNode array) {
    Set<LocalDate> dates = new TreeSet<>();
    array.forEach(d -> dates.add(LocalDate.parse(d.asText())));
    return dates;
  }

  private static Set<LocalDate> parse(String csv) {
    return csv == null || csv.isBlank() ? Set.of()
        : Arrays.stream(csv.split(",")).map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String join(Set<LocalDate> dates) {
    return dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
  }
}
