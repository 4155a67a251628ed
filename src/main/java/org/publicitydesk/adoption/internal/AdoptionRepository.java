package org.publicitydesk.adoption.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdoptionRepository extends JpaRepository<AdoptionEntity, Long> {

  List<AdoptionEntity> findByArticleIdOrderById(Long articleId);

  /** 已办: the adoptions a person recorded in {@code Task_RecordAdoption}, newest first. */
  List<AdoptionEntity> findTop100ByRecordedByAndTaskIdNotNullOrderByRecordedAtDescIdDesc(String user);

  /**
   * Asked per scored article: JPQL with single values, whose translation Hibernate keeps (a derived query's is built
   * at each call, and so is a query's with a list parameter, whose SQL depends on the list's length; issue 17).
   */
  @org.springframework.data.jpa.repository.Query("select a from AdoptionEntity a where a.articleId = :articleId"
      + " and a.status = :status order by a.id")
  List<AdoptionEntity> findByArticleIdAndStatusOrderById(Long articleId, AdoptionEntity.Status status);

  /** The adoptions of several articles (a settlement, an import); one article: {@link #findByArticleIdAndStatusOrderById}. */
  @org.springframework.data.jpa.repository.Query("select a from AdoptionEntity a where a.articleId in :articleIds"
      + " and a.status = :status")
  List<AdoptionEntity> findByArticleIdInAndStatus(java.util.Collection<Long> articleIds, AdoptionEntity.Status status);

  /** Article id and media level of the adoptions with this status of the articles whose ids lie in a range. */
  @org.springframework.data.jpa.repository.Query("select a.articleId, a.mediaLevel from AdoptionEntity a"
      + " where a.articleId between :first and :last and a.status = :status")
  List<Object[]> levelsBetween(long first, long last, AdoptionEntity.Status status);
}
