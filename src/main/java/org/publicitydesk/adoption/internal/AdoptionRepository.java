package org.publicitydesk.adoption.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdoptionRepository extends JpaRepository<AdoptionEntity, Long> {

  List<AdoptionEntity> findByArticleIdOrderById(Long articleId);

  /** 已办: the adoptions a person recorded in {@code Task_RecordAdoption}, newest first. */
  List<AdoptionEntity> findTop100ByRecordedByAndTaskIdNotNullOrderByRecordedAtDescIdDesc(String user);

  List<AdoptionEntity> findByArticleIdAndStatusOrderById(Long articleId, AdoptionEntity.Status status);

  /** Asked per scored article: JPQL, whose plan Hibernate keeps (a derived query's is built at each call). */
  @org.springframework.data.jpa.repository.Query("select a from AdoptionEntity a where a.articleId in :articleIds"
      + " and a.status = :status")
  List<AdoptionEntity> findByArticleIdInAndStatus(java.util.Collection<Long> articleIds, AdoptionEntity.Status status);

  /** Article id and media level of the adoptions with this status of the articles whose ids lie in a range. */
  @org.springframework.data.jpa.repository.Query("select a.articleId, a.mediaLevel from AdoptionEntity a"
      + " where a.articleId between :first and :last and a.status = :status")
  List<Object[]> levelsBetween(long first, long last, AdoptionEntity.Status status);
}
