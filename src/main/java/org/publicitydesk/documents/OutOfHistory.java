package org.publicitydesk.documents;

import java.util.Set;

/**
 * What a module keeps out of Camunda's history because its own tables hold it (the history level
 * {@code full-without-files}, which keeps no uploaded file either): variables it recomputes whenever they are shown
 * (form views), and the per-change copies of the variables of the processes whose every decision it records itself.
 */
public interface OutOfHistory {

  /** Names of the variables kept out of history altogether. */
  default Set<String> variableNames() {
    return Set.of();
  }

  /**
   * Keys of the processes whose variables keep their instance in history ({@code ACT_HI_VARINST}: name, last value,
   * state) but no detail row per change ({@code ACT_HI_DETAIL}): the module records every answer in its own tables
   * (the review record, the report), which Tasklist's 历史, the desk and the circulars read (issue 17).
   */
  default Set<String> processesWithoutVariableDetail() {
    return Set.of();
  }
}
