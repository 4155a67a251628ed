package org.publicitydesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.publicitydesk.calendar.WorkingCalendar;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A {@link WorkingCalendar} without Spring, for unit tests of the working-time rules (R10.1, R2). */
public final class TestCalendars {

  private TestCalendars() {
  }

  /**
   * The shipped arrangements: the calendar on an empty table of an administrator's changes, in the in-memory H2
   * database {@code database}.
   */
  public static WorkingCalendar shipped(String database) {
    JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1"));
    try {
      jdbc.execute(new ClassPathResource("db/migration/common/V6__calendar.sql")
          .getContentAsString(StandardCharsets.UTF_8)
          .replaceAll("(?m)^--.*$", "").replace("create table", "create table if not exists"));
      return new WorkingCalendar(jdbc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
