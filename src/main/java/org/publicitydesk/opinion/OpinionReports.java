package org.publicitydesk.opinion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Public-opinion reports for other modules: the import of historical reports from the office's spreadsheets. */
public interface OpinionReports {

  /**
   * Creates or updates (by {@code externalId}) historical reports, marks each on time or late by its submission time,
   * and scores it like a live one (R9.1, R9.3; the bulletin date is taken as the submission day); an identical record
   * changes nothing. Returns the reports' numbers in the order given. One query for the ones that exist, batched
   * writes (issue 17).
   */
  List<String> importReports(List<ImportedReport> reports);

  /**
   * Figures per community for the reports submitted on the business days {@code from}…{@code to} (both included), one
   * row for every community of the organisation (zeros where nothing was reported), in the directory's order; on time
   * by the calendar in force now.
   */
  List<CommunityFigures> figures(LocalDate from, LocalDate to);

  /**
   * {@code countable}: on time and accepted (R9.1, R9.2); {@code bulletinAdopted}: adopted in the city's bulletin (R9.3).
   */
  record CommunityFigures(String unitCode, String unitName, int submitted, int onTime, int late, int accepted,
      int lowQuality, int countable, int bulletinAdopted) {
  }

  /** {@code outcome}: ACCEPTED, LOW_QUALITY or REJECTED (contract). */
  record ImportedReport(String externalId, String unitCode, String informant, String title, String content,
      Instant submittedAt, String outcome, boolean adoptedInBulletin) {
  }
}
