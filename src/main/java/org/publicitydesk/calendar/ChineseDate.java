package org.publicitydesk.calendar;

import java.time.LocalDate;

/** A day as a person reads it in Chinese, 2026年3月3日: never ambiguous (issue 15). */
public final class ChineseDate {

  private ChineseDate() {
  }

  public static String of(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }
}
