package org.publicitydesk.adoption;

import static org.publicitydesk.security.ProcessInputs.Kind.DATE;
import static org.publicitydesk.security.ProcessInputs.Kind.FLAG;
import static org.publicitydesk.security.ProcessInputs.Kind.TEXT;

import java.util.List;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.security.ProcessInputs;

/**
 * Names of {@code Task_RecordAdoption} in {@code ArticleReview} (contract.md, R4, R6): the fields the editorial
 * office sends once per adoption, and {@code trackingDone} for the gateway (the form reads what it shows from
 * {@code GET /api/tasks/{taskId}/adoption-form}).
 */
public final class RecordAdoptionTask {

  public static final String TASK = "Task_RecordAdoption";

  /** One adoption (contract). */
  public static final String MEDIA_NAME = "mediaName";
  public static final String MEDIA_LEVEL = "mediaLevel";
  public static final String LENGTH = "length";
  public static final String PLACEMENT = "placement";
  public static final String PUBLISHED_ON = "publishedOn";
  public static final String EVIDENCE_LINK = "evidenceLink";
  /** True ends tracking (with no adoption fields it just ends it); read by {@code Gateway_TrackingDone}. */
  public static final String TRACKING_DONE = "trackingDone";
  /** The adoption fields, removed after each round so the next one starts with an empty form. */
  public static final List<String> ADOPTION_FIELDS = List.of(MEDIA_NAME, MEDIA_LEVEL, LENGTH, PLACEMENT, PUBLISHED_ON,
      EVIDENCE_LINK);

  /** What the editorial office may send when it completes the task. */
  public static final ProcessInputs INPUTS = ProcessInputs.of(ArticleReviewProcess.KEY)
      .task(TASK, MEDIA_NAME, TEXT, MEDIA_LEVEL, TEXT, LENGTH, TEXT, PLACEMENT, TEXT, PUBLISHED_ON, DATE,
          EVIDENCE_LINK, TEXT, TRACKING_DONE, FLAG)
      .build();

  private RecordAdoptionTask() {
  }
}
