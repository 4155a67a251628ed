package org.publicitydesk.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NullValueException;

/**
 * Bad input that Camunda's REST API answers with a 500 or in English, recognised in a failure's cause chain for
 * {@link EngineRestErrors}: a task, process instance or definition that does not exist (404), a file variable without a
 * name (400). The messages are Chinese.
 */
final class EngineRestInput {

  static final String TASK_NOT_FOUND = "找不到该任务:它可能已经办结、撤回或删除,或编号有误 (task not found)";
  static final String INSTANCE_NOT_FOUND = "找不到该流程实例:它可能已经结束或删除,或编号有误 (process instance not found)";
  static final String DEFINITION_NOT_FOUND = "找不到该流程定义,编号有误或已删除 (process definition not found)";
  static final String FILE_WITHOUT_NAME =
      "文件变量缺少文件名 valueInfo.filename,文件没有接收 (a File variable needs valueInfo.filename)";

  private EngineRestInput() {
  }

  /**
   * The Chinese 404 message when the request named a task, process instance or definition that does not exist, or
   * null. Camunda says so with a {@link NullValueException} ("task x doesn't exist", "Task 'x' not found") that its
   * REST API turns into a 500, for {@code task/{id}/deployed-form} even with a NullPointerException ("task" is null),
   * elsewhere with an English 400.
   */
  static String missing(Throwable exception) {
    for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      boolean absent = t instanceof NullValueException && (message.contains("doesn't exist") || message.contains("not found"))
          || t instanceof NullPointerException && message.endsWith(" is null")
          || t instanceof BadUserRequestException && message.startsWith("Cannot find task with id");
      if (absent && (message.contains("task") || message.contains("Task"))) {
        return TASK_NOT_FOUND;
      }
      if (absent && message.contains("execution")) {
        return INSTANCE_NOT_FOUND;
      }
      if (t instanceof BadUserRequestException && message.startsWith("no deployed process definition found")) {
        return DEFINITION_NOT_FOUND;
      }
    }
    return null;
  }

  /** A {@code File} variable sent to {@code /engine-rest} without {@code valueInfo.filename} (Camunda: 500). */
  static boolean fileWithoutName(Throwable exception) {
    for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof IllegalArgumentException && String.valueOf(t.getMessage()).startsWith("Cannot create file without")) {
        return true;
      }
    }
    return false;
  }
}
