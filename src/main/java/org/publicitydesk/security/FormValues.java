package org.publicitydesk.security;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the values a form sends for the kinds of {@link ProcessInputs.Kind}: Tasklist's forms send a checkbox as a
 * boolean or as the text {@code "true"}, a date as a {@link Date} or as text that starts with {@code YYYY-MM-DD}, a
 * choice as the enum constant's name. One reader, so every process coerces alike.
 */
public final class FormValues {

  private FormValues() {
  }

  /**
   * A text field ({@code TEXT}), stripped: refused as {@code 【field】不能为空} when required and empty (else null), and
   * as {@code 【field】最多 N 字,现有 M 字} when longer than {@code max}.
   */
  public static String text(Object value, String field, int max, boolean required) {
    String v = value == null ? "" : value.toString().strip();
    if (v.isEmpty()) {
      if (required) {
        throw RequestRefused.field(field, "不能为空");
      }
      return null;
    }
    if (v.length() > max) {
      throw RequestRefused.field(field, "最多 " + max + " 字,现有 " + v.length() + " 字");
    }
    return v;
  }

  /** A checkbox ({@code FLAG}): true only for {@code true} or {@code "true"}. */
  public static boolean flag(Object value) {
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  /**
   * A date ({@code DATE}) in the business zone: null when empty, refused as {@code 【field】“x”不是日期…} when it is not
   * {@code YYYY-MM-DD} (a date-time text counts by its date part).
   */
  public static LocalDate date(Object value, ZoneId zone, String field) {
    if (value instanceof Date d) {
      return d.toInstant().atZone(zone).toLocalDate();
    }
    if (value instanceof String s && !s.isBlank()) {
      return isoDate(s).orElseThrow(() -> RequestRefused.field(field, "“" + s + "”" + NOT_A_DATE));
    }
    return null;
  }

  /** What follows a value that is not a date. */
  public static final String NOT_A_DATE = "不是日期,格式应为 YYYY-MM-DD";

  /** {@code YYYY-MM-DD}, or the date part of a longer ISO text; empty when it is none. */
  public static Optional<LocalDate> isoDate(String text) {
    String s = text.strip();
    try {
      return Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A choice: the constant named (surrounding blanks ignored), or empty when blank or not one of them. */
  public static <E extends Enum<E>> Optional<E> choice(Class<E> type, Object value) {
    if (value == null || value.toString().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value.toString().strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The names of the choices, for a message: {@code NATIONAL、PROVINCIAL、CITY、DISTRICT}. */
  public static String choices(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
  }
}
