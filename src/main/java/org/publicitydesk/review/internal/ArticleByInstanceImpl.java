package org.publicitydesk.review.internal;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ArticleByInstance} through Hibernate's natural-id look-up, which asks the persistence context first; in a
 * transaction of its own when called outside one (the session must stay open while the entity is loaded).
 */
class ArticleByInstanceImpl implements ArticleByInstance {

  private final EntityManager entities;

  ArticleByInstanceImpl(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ArticleEntity> findByProcessInstanceId(String processInstanceId) {
    return entities.unwrap(Session.class).bySimpleNaturalId(ArticleEntity.class).loadOptional(processInstanceId);
  }
}
