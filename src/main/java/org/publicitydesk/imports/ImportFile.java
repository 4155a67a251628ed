package org.publicitydesk.imports;

import java.util.List;

/** The import format of contract.md: articles with their adoptions, and public-opinion reports. */
public record ImportFile(List<ArticleRow> articles, List<OpinionRow> opinionReports) {

  public record ArticleRow(String externalId, String unitCode, String informant, String title, String itemClass,
      String category, String submittedAt, String outcome, String forwardedFromUnit, String leadId,
      List<AdoptionRow> adoptions) {
  }

  public record AdoptionRow(String mediaLevel, String mediaName, String length, String placement,
      String publishedOn) {
  }

  public record OpinionRow(String externalId, String unitCode, String informant, String title, String content,
      String submittedAt, String outcome, Boolean adoptedInBulletin) {
  }
}
