package org.publicitydesk.quota;

import java.time.LocalDate;

/**
 * A quarter or a year has just been settled (booked, not previewed), in the settlement's transaction: the modules that
 * score the days {@code from}…{@code to} bring them in line with the calendar in force (rules.md, "Periods").
 */
public record PeriodSettled(String period, LocalDate from, LocalDate to) {
}
