package org.publicitydesk.review.internal;

import java.util.Optional;

/**
 * The article of a process instance by its natural id ({@code processInstanceId}): a step's listeners, delegates and
 * gateways ask for it several times in one transaction, and only the first asks the database (issue 17: 14 selects of
 * {@code pd_article} per lifecycle before, 4 after). A fragment of {@link ArticleRepository}.
 */
interface ArticleByInstance {

  Optional<ArticleEntity> findByProcessInstanceId(String processInstanceId);
}
