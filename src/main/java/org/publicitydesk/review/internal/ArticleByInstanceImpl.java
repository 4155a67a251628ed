package org.publicitydesk.review.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ArticleByInstance} by the article's id, which a process instance keeps for its life: the id is kept per process
 * instance, and the article is then found by id, from the transaction's persistence context when it is there (no
 * query) or by its primary key. Only the first look-up of an instance on this node queries by
 * {@code process_instance_id}. Hibernate's natural-id look-up did the same, but built its SQL anew at every call (a
 * third of its time in a profile, issue 17). A kept id is checked against the article found (an id remembered in a
 * transaction that then rolled back finds nothing, or another article) and forgotten if it does not match.
 */
class ArticleByInstanceImpl implements ArticleByInstance {

  /** More instances than this and the kept ids start again (each costs one query to find again). */
  static final int MAX_KEPT = 50_000;

  private final EntityManager entities;
  private final Map<String, Long> ids = new ConcurrentHashMap<>();

  ArticleByInstanceImpl(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ArticleEntity> findByProcessInstanceId(String processInstanceId) {
    Long id = ids.get(processInstanceId);
    if (id != null) {
      ArticleEntity kept = entities.find(ArticleEntity.class, id);
      if (kept != null && processInstanceId.equals(kept.processInstanceId)) {
        return Optional.of(kept);
      }
      ids.remove(processInstanceId);
    }
    List<ArticleEntity> found = entities.createQuery(
        "select a from ArticleEntity a where a.processInstanceId = :processInstanceId", ArticleEntity.class)
        .setParameter("processInstanceId", processInstanceId).getResultList();
    found.forEach(this::remember);
    return found.stream().findFirst();
  }

  @Override
  public void remember(ArticleEntity article) {
    if (article.id == null || article.processInstanceId == null) {
      return;
    }
    if (ids.size() >= MAX_KEPT) {
      ids.clear();
    }
    ids.put(article.processInstanceId, article.id);
  }
}
