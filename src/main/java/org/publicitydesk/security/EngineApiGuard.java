package org.publicitydesk.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
// impl: IdentityService.getCurrentAuthentication() answers with this class; there is no public type for it
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.publicitydesk.organization.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine is not the trust boundary (issue 14): for everyone but an administrator, {@code /engine-rest} and the
 * webapps' engine API ({@code /camunda/api/engine}) accept only what the roles need — reads and queries (Camunda's
 * authorizations filter them), a start at the start event with the variables declared for that start, and claim,
 * unclaim, complete, resolve and comment on the caller's own tasks with the variables declared for that task
 * ({@link ProcessInputs}). Everything else — modifications, variable writes, messages, signals, jobs, batches,
 * deployments, identity and authorization changes, history deletion — is refused with a Chinese 403; an undeclared
 * variable is a 400 that names it. Application services that use the engine's Java API are not behind this filter.
 */
class EngineApiGuard extends OncePerRequestFilter {

  static final String REFUSED = "您的角色不能通过引擎接口执行此操作(%s);稿件的报送、审核和登记请在待办任务中办理,"
      + "更正请由政工科在 Publicity Desk 中办理 (operation not allowed for your role)";
  private static final int MAX_BODY = 32 * 1024 * 1024;

  private final IdentityService identity;
  private final EngineCalls calls;
  private final ObjectMapper json = new ObjectMapper();

  EngineApiGuard(IdentityService identity, EngineCalls calls) {
    this.identity = identity;
    this.calls = calls;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Caller caller = caller(request);
    if (caller == null && isEngineList(request)) {
      // the webapps' login asks for the list of engines before it signs in (Camunda answers it to anybody)
      chain.doFilter(request, response);
      return;
    }
    if (caller == null) {
      answer(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException", "请先登录 (login required)");
      return;
    }
    if (caller.groups().contains(Groups.ADMIN)) {
      chain.doFilter(request, response);
      return;
    }
    List<String> path = resourcePath(request);
    if (path == null || request.getHeader("X-HTTP-Method-Override") != null
        || request.getHeader("X-HTTP-Method") != null) {
      refuse(response, request);
      return;
    }
    HttpServletRequest forwarded = request;
    JsonNode body = null;
    if (EngineCalls.needsBody(request.getMethod(), path)) {
      byte[] bytes = request.getInputStream().readNBytes(MAX_BODY);
      forwarded = new CachedBody(request, bytes);
      try {
        body = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
      } catch (IOException e) {
        answer(response, 400, "InvalidRequestException", "请求内容不是有效的 JSON (malformed JSON)");
        return;
      }
      if (body == null || !body.isObject()) {
        answer(response, 400, "InvalidRequestException", "请求内容应为 JSON 对象 (expected a JSON object)");
        return;
      }
    }
    EngineCalls.Verdict verdict = calls.judge(caller, request.getMethod(), path, (ObjectNode) body);
    if (verdict == null) {
      chain.doFilter(forwarded, response);
    } else if (verdict.status() == 403 && verdict.message() == null) {
      refuse(response, request);
    } else {
      answer(response, verdict.status(), verdict.type(), verdict.message());
    }
  }

  /** {@code GET /camunda/api/engine/engine/}: the names of the engines, which Tasklist reads on its login page. */
  private static boolean isEngineList(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) && !request.getServletPath().startsWith("/engine-rest")
        && List.of("engine").equals(resourcePath(request)) && request.getQueryString() == null;
  }

  private Caller caller(HttpServletRequest request) {
    if (request.getServletPath().startsWith("/engine-rest")) {
      // the Basic authentication filter ran before this one (RestAuthenticationConfig)
      Authentication auth = identity.getCurrentAuthentication();
      return auth == null || auth.getUserId() == null ? null
          : new Caller(auth.getUserId(), auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
    }
    HttpSession session = request.getSession(false);
    Object auth = session == null ? null
        : AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine("default");
    return auth instanceof UserAuthentication user
        ? new Caller(user.getIdentityId(), user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()))
        : null;
  }

  /**
   * The resource path below the engine, as segments ({@code task, 123, complete}), the same for both URL trees and
   * for the named-engine form {@code /engine/default/…}; null for another engine.
   */
  static List<String> resourcePath(HttpServletRequest request) {
    String full = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    List<String> segments = Arrays.stream(full.split("/")).filter(s -> !s.isEmpty()).toList();
    int skip = full.startsWith("/engine-rest") ? 1 : 3; // camunda/api/engine
    List<String> rest = segments.subList(Math.min(skip, segments.size()), segments.size());
    if (!rest.isEmpty() && rest.get(0).equals("engine")) {
      if (rest.size() == 1) {
        return rest;
      }
      if (!rest.get(1).equals("default")) {
        return null;
      }
      rest = rest.subList(2, rest.size());
    }
    return rest;
  }

  /**
   * 403 naming the kind of call only: like {@link Refusals}, the answer echoes no id, key or name of an instance,
   * task or definition (another unit's, perhaps), so path segments other than lower-case resource words are masked.
   */
  private static void refuse(HttpServletResponse response, HttpServletRequest request) throws IOException {
    List<String> path = resourcePath(request);
    String masked = path == null ? "…" : path.stream().map(s -> s.matches("[a-z-]{1,40}") ? s : "{id}")
        .collect(java.util.stream.Collectors.joining("/"));
    String what = request.getMethod() + " " + (masked.length() > 200 ? masked.substring(0, 200) : masked);
    answer(response, 403, "AuthorizationException", Refusals.FORBIDDEN + ";" + REFUSED.formatted(what));
  }

  private static void answer(HttpServletResponse response, int status, String type, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    response.getWriter().write(new ObjectMapper().writeValueAsString(body));
  }

  /** Who calls: the user and its groups. */
  record Caller(String userId, List<String> groups) {

    boolean inAny(String... any) {
      return Arrays.stream(any).anyMatch(groups::contains);
    }
  }

  /** The request with its body read once, handed on unchanged. */
  private static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        /** The whole body is in memory already: a non-blocking reader is told at once that all is there. */
        @Override
        public void setReadListener(ReadListener listener) {
          try {
            listener.onDataAvailable();
            listener.onAllDataRead();
          } catch (IOException e) {
            listener.onError(e);
          }
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
