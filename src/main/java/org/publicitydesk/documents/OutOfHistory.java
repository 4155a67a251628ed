package org.publicitydesk.documents;

import java.util.Set;

/**
 * Process variables that a module recomputes from its own tables whenever they are shown (form views): Camunda's
 * history keeps no copy of them, as it keeps none of uploaded files (the history level {@code full-without-files}).
 */
public interface OutOfHistory {

  /** Names of the variables kept out of history. */
  Set<String> variableNames();
}
