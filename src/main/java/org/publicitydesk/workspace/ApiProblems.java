package org.publicitydesk.workspace;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.publicitydesk.security.ConflictingRequest;
import org.publicitydesk.security.Refusals;
import org.publicitydesk.security.RequestRefused;
import org.publicitydesk.security.RetryableFailures;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of {@code /api} as RFC 9457 problem details (Spring's own handling of every standard exception), with a
 * Chinese {@code detail} for bad input: every invalid field with its message, a parameter or body that is not what
 * was expected ({@link InputErrors}), or a service's refusal.
 */
@RestControllerAdvice(basePackages = "org.publicitydesk")
class ApiProblems extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String detail = e.getBindingResult().getFieldErrors().stream()
        .map(f -> f.getField() + ":" + f.getDefaultMessage())
        .sorted()
        .collect(Collectors.joining(";"));
    return handleExceptionInternal(e, problem(detail), headers, status, request);
  }

  /** Spring's own refusals of input (conversion, missing parameter, unreadable body…): Chinese ({@link InputErrors}). */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String detail = InputErrors.describe(e);
    if (detail != null) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
      problem.setTitle(InputErrors.title(status));
      return super.handleExceptionInternal(e, problem, headers, status, request);
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  /** Bad input refused by a service ({@link RequestRefused}) or by the engine (Camunda's type): 400 with its message. */
  @ExceptionHandler({RequestRefused.class, BadUserRequestException.class})
  ProblemDetail badInput(RuntimeException e) {
    return problem(e.getMessage());
  }

  /** The same submission twice, or a change someone else made first: 409 with its message. */
  @ExceptionHandler(ConflictingRequest.class)
  ProblemDetail conflict(ConflictingRequest e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("操作冲突");
    return problem;
  }

  /** Two users changing the same task or instance at once: the first wins, the second gets 409 (nothing saved). */
  @ExceptionHandler({OptimisticLockingException.class, TaskAlreadyClaimedException.class,
      PessimisticLockingFailureException.class})
  ProblemDetail lostRace(RuntimeException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, RetryableFailures.lostRace(e));
    problem.setTitle("操作冲突");
    return problem;
  }

  /** An engine call the user may not make: 403, naming no resource of another unit ({@link Refusals}). */
  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail forbidden(AuthorizationException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, Refusals.message(e));
    problem.setTitle("无权操作");
    return problem;
  }

  private static ProblemDetail problem(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("输入有误");
    return problem;
  }
}
