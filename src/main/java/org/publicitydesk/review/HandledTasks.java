package org.publicitydesk.review;

import java.time.Instant;
import java.util.List;

/**
 * What a person handled in tasks outside the review chain, for 已办 ({@code GET /api/me/done}, issue 15): each module
 * that owns such a task lists, from its own tables, what the person did there (an opinion check, a bulletin adoption,
 * a media adoption). Where the item is now is worked out in one place, from the open tasks of {@code processInstanceId}.
 */
public interface HandledTasks {

  /** The person's handled tasks of this module, newest first, at most {@code limit}. */
  List<Handled> handledBy(String userId, int limit);

  /**
   * One handled task: {@code number} and {@code title} of the item (article or report), the decision and its Chinese
   * label, a comment, when; {@code state} is the item's own state label (null while it is simply in progress).
   */
  record Handled(String taskId, String taskName, String number, String title, String decision, String decisionLabel,
      String comment, Instant completedAt, String processInstanceId, String state) {
  }
}
