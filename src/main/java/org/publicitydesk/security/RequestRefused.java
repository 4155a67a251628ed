package org.publicitydesk.security;

/**
 * A service's refusal of bad input, in Chinese (often {@code 【field】message}); module-neutral, so no service
 * outside the engine needs Camunda's exception types. Thrown inside the engine (a listener, a delegate) it rolls the
 * start or completion back like any failure. Mapped once: {@code /api} answers 400 ({@code ApiProblems}),
 * {@code /engine-rest} and the webapps' engine API 400 ({@link EngineRestErrors}), both with this message.
 */
public class RequestRefused extends RuntimeException {

  public RequestRefused(String message) {
    super(message);
  }

  /** The message in the house form {@code 【field】message}. */
  public static RequestRefused field(String field, String message) {
    return new RequestRefused("【" + field + "】" + message);
  }
}
