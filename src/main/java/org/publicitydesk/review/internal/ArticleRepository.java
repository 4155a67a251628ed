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
}
