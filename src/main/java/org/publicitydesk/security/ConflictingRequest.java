package org.publicitydesk.security;

/**
 * A request that collides with what is already stored — the same submission sent twice (idempotency key), a task
 * someone else finished first. Rolls back like any refused input; {@code /engine-rest} and {@code /api} answer 409
 * with the Chinese message.
 */
public class ConflictingRequest extends RequestRefused {

  public ConflictingRequest(String message) {
    super(message);
  }
}
