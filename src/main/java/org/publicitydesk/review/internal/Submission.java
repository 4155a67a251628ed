package org.publicitydesk.review.internal;

import java.util.List;
import org.publicitydesk.documents.Upload;

/** What an informant submitted at the start of {@code ArticleReview}, as read from the start variables. */
record Submission(String informant, String title, String unitCode, String category, String itemClass,
    Upload document, String content, String leadId, String forwardedFromUnit, boolean urgent, String followUpOf,
    List<Photo> photos, String submissionKey) {

  record Photo(Upload upload, String caption) {
  }
}
