package org.publicitydesk.review.internal;

import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.publicitydesk.documents.Upload;
import org.publicitydesk.security.FormValues;

/**
 * File variables sent by Tasklist's embedded forms or {@code /engine-rest}: read once into an {@link Upload} and
 * removed from the process, so files live in the document store and never as process variables.
 */
final class ProcessFiles {

  private ProcessFiles() {
  }

  /** The file in {@code name}, or null when there is none; a non-file value is bad input. */
  static Upload take(VariableScope scope, String name) {
    TypedValue value = scope.getVariableTyped(name);
    if (value == null || value.getValue() == null) {
      scope.removeVariable(name);
      return null;
    }
    if (!(value instanceof FileValue file)) {
      throw new SubmissionRejected(name, "应为文件上传 (expected a file)");
    }
    if (file.getFilename() == null || file.getFilename().isBlank()) {
      // Tasklist's embedded forms send an empty file input as a nameless, empty File variable: no file chosen
      scope.removeVariable(name);
      return null;
    }
    try (InputStream in = file.getValue()) {
      byte[] bytes = in.readAllBytes();
      scope.removeVariable(name);
      return new Upload(name, file.getFilename(), file.getMimeType(), bytes);
    } catch (IOException e) {
      throw new SubmissionRejected(name, "无法读取上传的文件");
    }
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw new SubmissionRejected(name, "应为文字 (expected text)");
    }
    return s;
  }

  static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return FormValues.flag(value);
  }
}
