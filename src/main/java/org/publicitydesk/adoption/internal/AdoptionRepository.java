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

  /** Article id and media level of the adoptions of these articles with this status: no entities (a city quarter). */
  @org.springframework.data.jpa.repository.Query("select a.articleId, a.mediaLevel from AdoptionEntity a"
      + " where a.articleId in :ids and a.status = :status")
  List<Object[]> levelsOf(java.util.Collection<Long> ids, AdoptionEntity.Status status);
}
