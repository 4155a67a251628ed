package org.publicitydesk.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The points ledger. Booking for a source replaces that source's earlier entries (they stay, superseded), so a
 * source scored twice never counts twice.
 */
public interface Ledger {

  /** Source type of an article's score (R4): the source id is the article's id. */
  String ARTICLE = "ARTICLE";

  /** Replaces the active entries of the source by these (which may be none). */
  void book(String sourceType, String sourceId, List<Booking> bookings);

  /**
   * {@link #book} for many sources of one type at once (an import, issue 17): their active entries read in one query,
   * the new ones written in batches.
   */
  void bookAll(String sourceType, java.util.Map<String, List<Booking>> bookingsBySource);

  List<LedgerEntry> active(String unitCode, LocalDate from, LocalDate to);

  List<LedgerEntry> active(LocalDate from, LocalDate to);

  /**
   * The active article lines (source type {@link #ARTICLE}: R4, or R7 for a lead another unit missed) booked on the days
   * {@code from}…{@code to}: the article and the unit of each line, nothing else (a city quarter has tens of thousands).
   */
  List<ArticleLine> articleLines(LocalDate from, LocalDate to);

  /** An active article line: the article it scores and the unit it is booked to. */
  record ArticleLine(long articleId, String unitCode) {
  }

  /** Sums of the active entries of the days {@code from}…{@code to} per unit and rule, added up by the database. */
  List<RuleTotal> totals(LocalDate from, LocalDate to);

  /** The points of one unit under one rule in a period. */
  record RuleTotal(String unitCode, String ruleId, int points) {
  }

  /**
   * A line to book: the unit and informant it goes to, the rule, the points, the booking day, a note, and what a person
   * looks the line up by — the article's number (article lines) and the {@code externalId} of an imported record.
   */
  record Booking(String unitCode, String informant, String ruleId, int points, LocalDate occurredOn, String note,
      String articleNumber, String externalId) {

    /** A line that refers to no article and no imported record (settlements, leads). */
    public Booking(String unitCode, String informant, String ruleId, int points, LocalDate occurredOn, String note) {
      this(unitCode, informant, ruleId, points, occurredOn, note, null, null);
    }
  }
}
