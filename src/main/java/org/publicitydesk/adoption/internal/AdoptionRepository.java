package org.publicitydesk.adoption.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdoptionRepository extends JpaRepository<AdoptionEntity, Long> {

  List<AdoptionEntity> findByArticleIdOrderById(Long articleId);

  List<AdoptionEntity> findByArticleIdAndStatusOrderById(Long articleId, AdoptionEntity.Status status);

  List<AdoptionEntity> findByArticleIdInAndStatus(java.util.Collection<Long> articleIds, AdoptionEntity.Status status);
}
