package org.publicitydesk.review.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRepository extends JpaRepository<ArticleEntity, Long>, ArticleByInstance {

  Optional<ArticleEntity> findByNumber(String number);

  List<ArticleEntity> findByExternalIdIn(java.util.Collection<String> externalIds);

  Optional<ArticleEntity> findBySubmissionKey(String submissionKey);

  /** Articles in review that have no review state yet (submitted before the state was kept on the article). */
  List<ArticleEntity> findByStatusInAndProcessInstanceIdNotNullAndLastDecisionIsNull(
      java.util.Collection<org.publicitydesk.review.ArticleStatus> statuses);

  List<ArticleEntity> findByInformantOrderBySubmittedAtDesc(String informant);

  List<ArticleEntity> findTop100ByUnitCodeOrderBySubmittedAtDesc(String unitCode);

  List<ArticleEntity> findByFollowUpOfOrderById(Long followUpOf);

  List<ArticleEntity> findByLeadIdOrderById(String leadId);

  List<ArticleEntity> findByUnitCodeAndSubmittedAtGreaterThanEqualAndSubmittedAtLessThan(String unitCode,
      java.time.Instant from, java.time.Instant to);

  List<ArticleEntity> findBySubmittedAtBetween(java.time.Instant from, java.time.Instant to);

  List<ArticleEntity> findBySubmittedAtGreaterThanEqualAndSubmittedAtLessThan(java.time.Instant from,
      java.time.Instant to);

  List<ArticleEntity> findBySubmittedAtBetweenAndUnitCodeInAndDocumentIdNotNullAndStatusNot(java.time.Instant from,
      java.time.Instant to, java.util.Collection<String> unitCodes, org.publicitydesk.review.ArticleStatus status);

  /** R2.3: community articles in the window whose documents {@link NearCopyIndex} has not indexed yet, by id. */
  @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = "select a.id from pd_article a"
      + " where a.submitted_at between :from and :to and a.unit_code in :units and a.document_id is not null"
      + " and a.status <> 'WITHDRAWN' and not exists (select 1 from pd_near_copy_document d"
      + " where d.document_id = a.document_id) order by a.id")
  List<Long> unindexedNearCopyArticles(java.time.Instant from, java.time.Instant to,
      java.util.Collection<String> units);

  /** R2.3: articles of the window whose document shares at least {@code min} MinHash bands ({@link MinHash}). */
  @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = "select a.id from pd_article a"
      + " where a.document_id in (select b.document_id from pd_near_copy_band b where b.band_key in :keys"
      + " group by b.document_id having count(*) >= :min)"
      + " and a.submitted_at between :from and :to and a.unit_code in :units and a.status <> 'WITHDRAWN'")
  List<Long> nearCopyCandidates(java.time.Instant from, java.time.Instant to, java.util.Collection<String> units,
      java.util.Collection<Long> keys, int min);
}
