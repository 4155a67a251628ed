package org.publicitydesk.review.internal;

import org.publicitydesk.security.RequestRefused;

/**
 * Bad input to the review process: the field and what is wrong, in Chinese. A {@link RequestRefused}, so the whole
 * start or completion is rolled back and {@code /engine-rest} and {@code /api} answer 400 with this message.
 */
class SubmissionRejected extends RequestRefused {

  SubmissionRejected(String field, String message) {
    super("【" + field + "】" + message);
  }
}
