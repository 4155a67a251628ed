package org.publicitydesk.review.internal;

import java.util.Optional;

/**
 * The article of a process instance: a step's listeners, delegates and gateways ask for it several times in one
 * transaction, and only the first asks the database (issue 17: 14 selects of {@code pd_article} per lifecycle before,
 * 4 after). A fragment of {@link ArticleRepository}.
 */
interface ArticleByInstance {

  Optional<ArticleEntity> findByProcessInstanceId(String processInstanceId);

  /** Tells the look-up the id of an article just stored, so that its process's first look-up needs no query. */
  void remember(ArticleEntity article);
}
