package org.publicitydesk.opinion;

import java.time.Instant;

/** Public-opinion reports for other modules: the import of historical reports from the office's spreadsheets. */
public interface OpinionReports {

  /**
   * Creates or updates (by {@code externalId}) a historical report, marks it on time or late by its submission time,
   * and scores it like a live one (R9.1, R9.3; the bulletin date is taken as the submission day). Returns whether it
   * was created.
   */
  boolean importReport(ImportedReport report);

  /** {@code outcome}: ACCEPTED, LOW_QUALITY or REJECTED (contract). */
  record ImportedReport(String externalId, String unitCode, String informant, String title, String content,
      Instant submittedAt, String outcome, boolean adoptedInBulletin) {
  }
}
