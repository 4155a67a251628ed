package org.publicitydesk.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
// impl: the command executor (a query without authorization checks) has no public type
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code /engine-rest} wraps every failure at process start into a 500. When the cause is bad input that our
 * listeners refused ({@link RequestRefused}, or Camunda's {@link BadUserRequestException}: unknown unit, wrong file, missing field), the caller gets
 * 400 with the Chinese message instead; a {@link ConflictingRequest} (the same submission twice) and a race lost to
 * another user (two reviewers completing or claiming one task: Camunda's {@link OptimisticLockingException},
 * {@link TaskAlreadyClaimedException}) get 409 with a Chinese message; a database that cannot be reached gets 503
 * with {@code Retry-After}; a refusal that would name resources of other units gets 403 with a Chinese message that
 * names none ({@link Refusals}); a task, process instance or definition that does not exist gets 404, and a file
 * without a name 400, both in Chinese ({@link EngineRestInput}; Camunda: 500). Everything else goes to Camunda's own
 * handler unchanged. The same mappers serve the webapps' copy of the API under {@code /camunda/api/engine}
 * ({@link WebappEngineApi}).
 */
@Component
class EngineRestErrors implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    for (Class<?> mapper : mappers()) {
      config.register(mapper);
    }
  }

  static Class<?>[] mappers() {
    return new Class<?>[] {WrappedBadInput.class, ListenerBadInput.class, TransactionFailure.class};
  }

  /** A mapper of ours: our answer for a failure we recognise ({@link #answer}), else the Camunda handler's. */
  abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {

    private final Function<E, Response> camunda;
    @Context
    private UriInfo uri;

    Mapper(Function<E, Response> camunda) {
      this.camunda = camunda;
    }

    @Override
    public Response toResponse(E exception) {
      return answer(exception, uri, camunda);
    }
  }

  /**
   * Spring's own exceptions arrive unwrapped: a transaction that could not begin (database unreachable), a lock wait
   * that timed out while another request wrote the same row.
   */
  @Priority(1)
  static class TransactionFailure extends Mapper<RuntimeException> {

    TransactionFailure() {
      super(new org.camunda.bpm.engine.rest.exception.ExceptionHandler()::toResponse);
    }
  }

  /** Start requests: Camunda wraps the failure into a {@link RestException} with status 500. */
  @Priority(1)
  static class WrappedBadInput extends Mapper<RestException> {

    WrappedBadInput() {
      super(new RestExceptionHandler()::toResponse);
    }
  }

  /** Task completion: a listener's refusal arrives wrapped in "exception while invoking the TaskListener". */
  @Priority(1)
  static class ListenerBadInput extends Mapper<ProcessEngineException> {

    ListenerBadInput() {
      super(new ProcessEngineExceptionHandler()::toResponse);
    }
  }

  /**
   * A completion racing another one can fail anywhere inside the engine (a listener missing the answer the winner
   * removed, a NullPointerException on the execution tree the winner changed): when the request's task has ended
   * meanwhile, this caller lost the race (409). Otherwise our answer for a failure we recognise, or Camunda's.
   */
  static <E extends Throwable> Response answer(E exception, UriInfo uri, Function<E, Response> camunda) {
    if (uri != null && !RetryableFailures.databaseUnavailable(exception)
        && taskCompletedMeanwhile(taskOfRequest(uri.getPath()))) {
      return conflict(RetryableFailures.LOST_RACE);
    }
    Response known = known(exception);
    return known == null ? camunda.apply(exception) : known;
  }

  /** The task id of {@code task/{id}/complete|submit-form|resolve|claim|unclaim}, or null. */
  static String taskOfRequest(String path) {
    String[] p = path.replaceAll("^/+", "").split("/");
    int i = Arrays.asList(p).indexOf("task");
    return i >= 0 && p.length == i + 3 && Set.of("complete", "submit-form", "resolve", "claim", "unclaim")
        .contains(p[i + 2]) ? p[i + 1] : null;
  }

  /** Our answer for a failure we recognise in the cause chain, or null for Camunda's own. */
  static Response known(Throwable exception) {
    if (RetryableFailures.databaseUnavailable(exception)) {
      return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", RetryableFailures.RETRY_AFTER)
          .type(MediaType.APPLICATION_JSON_TYPE).entity(body("DatabaseUnavailable", RetryableFailures.MESSAGE, null))
          .build();
    }
    String lostRace = RetryableFailures.lostRace(exception);
    if (lostRace != null || taskCompletedMeanwhile(exception)) {
      return conflict(lostRace != null ? lostRace : RetryableFailures.LOST_RACE);
    }
    AuthorizationException refused = refusal(exception);
    if (refused != null && Refusals.hidden(refused)) {
      Map<String, Object> body = body(AuthorizationException.class.getSimpleName(), Refusals.FORBIDDEN, null);
      body.put("userId", refused.getUserId());
      body.put("missingAuthorizations", java.util.List.of());
      return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
    String missing = EngineRestInput.missing(exception);
    if (missing != null) {
      return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(body("InvalidRequestException", missing, null)).build();
    }
    if (EngineRestInput.fileWithoutName(exception)) {
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(body(BadUserRequestException.class.getSimpleName(), EngineRestInput.FILE_WITHOUT_NAME, null)).build();
    }
    RuntimeException badInput = badInput(exception);
    if (badInput instanceof ConflictingRequest) {
      return conflict(badInput.getMessage());
    }
    return badInput == null ? null : badRequest(badInput);
  }

  /**
   * A refusal on a task that another user completed a moment ago: the task's grants went with it, so Camunda says the
   * user may not work on it. The task is gone from the runtime and ended in history: that is a lost race (409).
   */
  static boolean taskCompletedMeanwhile(Throwable exception) {
    if (!(exception instanceof AuthorizationException refused)) {
      return false;
    }
    return refused.getMissingAuthorizations().stream()
        .filter(m -> "Task".equals(m.getResourceType()) && m.getResourceId() != null).map(m -> m.getResourceId())
        .findFirst().map(EngineRestErrors::taskCompletedMeanwhile).orElse(false);
  }

  /** The task is gone from the runtime and ended in history: someone else completed it a moment ago. */
  static boolean taskCompletedMeanwhile(String taskId) {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
    return engine != null && taskId != null && ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() ->
            engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0
                && engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0));
  }

  /** The first refusal in the cause chain, or null. */
  static AuthorizationException refusal(Throwable exception) {
    for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof AuthorizationException refused) {
        return refused;
      }
    }
    return null;
  }

  /** The innermost bad-input exception in the cause chain (ours or Camunda's), or null. */
  static RuntimeException badInput(Throwable exception) {
    RuntimeException found = null;
    for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof RequestRefused || t instanceof BadUserRequestException) {
        found = (RuntimeException) t;
      }
    }
    return found;
  }

  /** 400 in Camunda's shape; the type stays {@code BadUserRequestException}, which clients of the API know. */
  private static Response badRequest(RuntimeException badInput) {
    Integer code = badInput instanceof BadUserRequestException camunda ? camunda.getCode() : null;
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body(BadUserRequestException.class.getSimpleName(), badInput.getMessage(), code)).build();
  }

  private static Response conflict(String message) {
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body("Conflict", message, null)).build();
  }

  private static Map<String, Object> body(String type, String message, Integer code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("code", code);
    return body;
  }
}
