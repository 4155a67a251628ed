package org.publicitydesk.review.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.ArticleStatus;
import org.publicitydesk.review.Category;
import org.publicitydesk.review.ItemClass;

/** A submitted article (R1, R10) and where it stands; {@code number} is what people quote (2026-000123). */
@Entity
@Table(name = "pd_article")
class ArticleEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article")
  @SequenceGenerator(name = "article", sequenceName = "pd_article_seq", allocationSize = 1)
  Long id;
  String number;
  String processInstanceId;
  String externalId;
  /** Idempotency key of the start (unique): the same submission sent twice creates one article. */
  String submissionKey;
  String unitCode;
  String informant;
  String title;
  @Enumerated(EnumType.STRING)
  Category category;
  @Enumerated(EnumType.STRING)
  ItemClass itemClass;
  boolean urgent;
  Long followUpOf;
  String leadId;
  String forwardedFromUnit;
  Instant submittedAt;
  boolean outsideWindow;
  @Enumerated(EnumType.STRING)
  ArticleStatus status;
  int revision;
  String documentId;
  int wordCount;
  Instant decidedAt;
  Long nearCopyOf;
  Integer nearCopyPercent;
  String nearCopyVerdict;

  ArticleInfo toInfo() {
    return new ArticleInfo(id, number, unitCode, informant, title, itemClass, status, forwardedFromUnit, leadId,
        submittedAt, decidedAt, processInstanceId, externalId);
  }
}
