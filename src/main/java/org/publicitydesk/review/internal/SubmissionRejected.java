package org.publicitydesk.review.internal;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Bad input to the review process: the field and what is wrong, in Chinese. A {@link BadUserRequestException}, so
 * the whole start or completion is rolled back and {@code /engine-rest} answers 400 with this message.
 */
class SubmissionRejected extends BadUserRequestException {

  SubmissionRejected(String field, String message) {
    super("【" + field + "】" + message);
  }
}
