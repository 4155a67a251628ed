package org.publicitydesk.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code /engine-rest} wraps every failure at process start into a 500. When the cause is bad input that our
 * listeners refused ({@link BadUserRequestException}: unknown unit, wrong file, missing field), the caller gets
 * 400 with the Chinese message instead; everything else goes to Camunda's own handler unchanged.
 */
@Component
class EngineRestErrors implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(WrappedBadInput.class);
    config.register(ListenerBadInput.class);
  }

  /** Start requests: Camunda wraps the failure into a {@link RestException} with status 500. */
  @Priority(1)
  static class WrappedBadInput implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      BadUserRequestException badInput = badInput(exception);
      return badInput == null ? camunda.toResponse(exception) : badRequest(badInput);
    }
  }

  /** Task completion: a listener's refusal arrives wrapped in "exception while invoking the TaskListener". */
  @Priority(1)
  static class ListenerBadInput implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      BadUserRequestException badInput = badInput(exception);
      return badInput == null ? camunda.toResponse(exception) : badRequest(badInput);
    }
  }

  /** The innermost bad-input exception in the cause chain, or null. */
  static BadUserRequestException badInput(Throwable exception) {
    BadUserRequestException found = null;
    for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof BadUserRequestException b) {
        found = b;
      }
    }
    return found;
  }

  private static Response badRequest(BadUserRequestException badInput) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", BadUserRequestException.class.getSimpleName());
    body.put("message", badInput.getMessage());
    body.put("code", badInput.getCode());
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
