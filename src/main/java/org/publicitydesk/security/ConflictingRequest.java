package org.publicitydesk.security;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A request that collides with what is already stored — the same submission sent twice (idempotency key), a task
 * someone else finished first. Rolls back like any refused input; {@code /engine-rest} and {@code /api} answer 409
 * with the Chinese message.
 */
public class ConflictingRequest extends BadUserRequestException {

  public ConflictingRequest(String message) {
    super(message);
  }
}
