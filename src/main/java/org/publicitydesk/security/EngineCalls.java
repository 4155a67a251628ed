package org.publicitydesk.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.security.EngineApiGuard.Caller;
import org.publicitydesk.security.ProcessInputs.Kind;
import org.springframework.stereotype.Component;

/**
 * The allowlist of engine operations for everyone but an administrator ({@link EngineApiGuard}): which calls pass,
 * and the checks on the variables of starts and task completions ({@link ProcessInputs}).
 */
@Component
class EngineCalls {

  /** Collections whose {@code POST} is a query (the same as their {@code GET}), and their {@code /count}. */
  static final Set<String> QUERIES = Set.of("task", "execution", "process-instance", "variable-instance", "job",
      "job-definition", "external-task", "group", "case-instance", "case-execution", "history/activity-instance",
      "history/detail", "history/external-task-log", "history/job-log", "history/process-instance", "history/task",
      "history/variable-instance", "history/case-instance");
  /** Reads that show counts or reports over every unit: only for those who read everything anyway. */
  static final Set<String> GLOBAL_READS = Set.of("statistics", "report", "cleanable-process-instance-report",
      "cleanable-decision-instance-report", "cleanable-batch-report", "cleanable-case-instance-report");
  private static final Set<String> TASK_WORK = Set.of("claim", "unclaim", "complete", "submit-form", "resolve");
  private static final Set<String> START = Set.of("start", "submit-form");
  private static final Map<String, String> KIND_NAMES = Map.of("TEXT", "文字", "FLAG", "是/否", "DATE", "日期",
      "NUMBER", "数字", "FILE", "文件");

  private final ProcessEngine engine;
  private final EngineAccess access;
  private final Map<String, ProcessInputs> inputs;

  EngineCalls(ProcessEngine engine, EngineAccess access, List<ProcessInputs> declared) {
    this.engine = engine;
    this.access = access;
    this.inputs = declared.stream().collect(Collectors.toMap(ProcessInputs::processKey, i -> i, ProcessInputs::merge));
  }

  record Verdict(int status, String type, String message) {

    static Verdict refused() {
      return new Verdict(403, "AuthorizationException", null);
    }

    /** Not the caller's task (or not visible to it): the same words as every other refusal of a resource. */
    static Verdict notYours() {
      return new Verdict(403, "AuthorizationException", Refusals.FORBIDDEN);
    }

    static Verdict bad(String message) {
      return new Verdict(400, "InvalidRequestException", message);
    }
  }

  /** Whether the call's JSON body must be read to judge it. */
  static boolean needsBody(String method, List<String> p) {
    return "POST".equals(method) && (isStart(p) || p.size() == 3 && p.get(0).equals("task")
        && (TASK_WORK.contains(p.get(2)) || p.get(2).equals("claim")));
  }

  /** Null when the call passes, else why not. */
  Verdict judge(Caller caller, String method, List<String> p, ObjectNode body) {
    if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
      boolean global = p.stream().anyMatch(GLOBAL_READS::contains);
      return global && !caller.inAny(Groups.EDITORIAL, Groups.PRINCIPALS) ? Verdict.refused() : null;
    }
    String joined = String.join("/", p);
    if (method.equals("POST") && (QUERIES.contains(joined)
        || joined.endsWith("/count") && QUERIES.contains(joined.substring(0, joined.length() - 6)))) {
      return null;
    }
    if (method.equals("POST") && p.size() == 3 && p.get(0).equals("filter")
        && Set.of("list", "count", "singleResult").contains(p.get(2))) {
      return null;
    }
    // filters are personal views; Camunda's FILTER authorizations decide who may keep them
    if (p.size() >= 1 && p.get(0).equals("filter") && (joined.equals("filter/create") && method.equals("POST")
        || p.size() == 2 && (method.equals("PUT") || method.equals("DELETE")))) {
      return null;
    }
    if (method.equals("POST") && joined.equals("identity/password-policy")) {
      return null;
    }
    if (method.equals("PUT") && p.size() == 3 && p.get(0).equals("user") && p.get(2).equals("credentials")) {
      return p.get(1).equals(caller.userId()) ? null : Verdict.refused();
    }
    if (method.equals("POST") && isStart(p)) {
      return start(p, body);
    }
    if (p.size() >= 3 && p.get(0).equals("task")) {
      return task(caller, method, p, body);
    }
    return Verdict.refused();
  }

  private static boolean isStart(List<String> p) {
    if (p.isEmpty() || !p.get(0).equals("process-definition") || !START.contains(p.get(p.size() - 1))) {
      return false;
    }
    return p.size() == 3 || p.size() == 4 && p.get(1).equals("key")
        || p.size() == 6 && p.get(1).equals("key") && p.get(3).equals("tenant-id");
  }

  private Verdict start(List<String> p, ObjectNode body) {
    String key = p.get(1).equals("key") ? p.get(2) : definitionKey(p.get(1));
    if (key == null) {
      return null; // Camunda answers 404
    }
    ProcessInputs declared = inputs.get(key);
    if (declared == null) {
      return Verdict.bad("流程 " + key + " 不能由您在引擎接口中发起 (this process is started by the system)");
    }
    Verdict fields = onlyFields(body, Set.of("variables", "businessKey", "withVariablesInReturn"),
        "startInstructions", "不能从流程中间开始:报送必须从开始事件进入审核 (startInstructions are not allowed)");
    return fields != null ? fields : variables(body.get("variables"), declared.start(), "报送");
  }

  /**
   * The key of a process definition; null when there is none. Each look-up is a transaction of its own, and a
   * not-found is caught outside it: caught inside a transaction that the engine's nested call joined, it would have
   * marked that transaction rollback-only and the request would end in a 500 instead of Camunda's answer.
   */
  private String definitionKey(String definitionId) {
    try {
      return access.asSystem(() -> engine.getRepositoryService().getProcessDefinition(definitionId).getKey());
    } catch (RuntimeException notFound) {
      return null;
    }
  }

  private Verdict task(Caller caller, String method, List<String> p, ObjectNode body) {
    String op = p.get(2);
    boolean commentOrAttachment = (op.equals("comment") || op.equals("attachment"))
        && (method.equals("POST") && p.size() == 4 && p.get(3).equals("create")
            || op.equals("attachment") && method.equals("DELETE") && p.size() == 4);
    boolean work = method.equals("POST") && p.size() == 3 && TASK_WORK.contains(op);
    if (!commentOrAttachment && !work) {
      return Verdict.refused();
    }
    String taskId = p.get(1);
    TaskFacts task = facts(taskId);
    if (task == null) {
      return null; // Camunda answers 404 (or 403 where the task is not visible)
    }
    Verdict verdict = commentOrAttachment ? (task.worker(caller) ? null : Verdict.notYours())
        : work(caller, op, task, body);
    // the facts are read in two steps: a completion committed between them leaves a task without its candidates, and
    // a refusal here would hide that this caller lost a race; when the task is gone now, Camunda's answer follows (409)
    return verdict != null && verdict.status() == 403 && gone(taskId) ? null : verdict;
  }

  private Verdict work(Caller caller, String op, TaskFacts task, ObjectNode body) {
    return switch (op) {
      case "claim" -> !task.candidate(caller) ? Verdict.notYours()
          : !caller.userId().equals(text(body, "userId")) ? Verdict.bad("只能由本人认领任务 (claim for yourself only)")
          : null;
      case "unclaim" -> caller.userId().equals(task.assignee()) ? null : Verdict.notYours();
      // a delegate answers with an opinion through /api/tasks/{id}/resolve; here it may hand the task back, nothing more
      case "resolve" -> caller.userId().equals(task.assignee()) && task.delegation() == DelegationState.PENDING
          ? variables(body.get("variables"), Map.of(), "委派的任务(意见请通过 /api/tasks/{id}/resolve 提出)")
          : Verdict.notYours();
      default -> task.delegation() == DelegationState.PENDING ? Verdict.bad(
          "这项任务正由被委派人办理,请等其办理完毕再处理 (task is delegated)")
          : task.assignee() != null && !task.assignee().equals(caller.userId()) ? Verdict.notYours()
          : task.assignee() == null && !task.candidate(caller) ? Verdict.notYours()
          : completion(task, body);
    };
  }

  private Verdict completion(TaskFacts task, ObjectNode body) {
    Map<String, Kind> declared = task.processKey() == null || !inputs.containsKey(task.processKey()) ? null
        : inputs.get(task.processKey()).task(task.taskKey()).orElse(null);
    if (declared == null) {
      return Verdict.bad("任务“" + task.name() + "”由系统办理,不能在此完成 (this task is completed by the system)");
    }
    Verdict fields = onlyFields(body, Set.of("variables", "withVariablesInReturn"), null, null);
    return fields != null ? fields : variables(body.get("variables"), declared, "任务“" + task.name() + "”");
  }

  private boolean gone(String taskId) {
    return access.asSystem(() -> engine.getTaskService().createTaskQuery().taskId(taskId).count()) == 0;
  }

  private TaskFacts facts(String taskId) {
    Task task = access.asSystem(() -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      return null;
    }
    List<IdentityLink> links;
    try {
      // a transaction of its own, for the reason given at definitionKey
      links = access.asSystem(() -> engine.getTaskService().getIdentityLinksForTask(taskId));
    } catch (RuntimeException completedMeanwhile) {
      return null; // another user completed it a moment ago: Camunda's answer follows (409, lost race)
    }
    Set<String> groups = links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    Set<String> users = links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getUserId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    String key = task.getProcessDefinitionId() == null ? null : definitionKey(task.getProcessDefinitionId());
    return new TaskFacts(task.getName(), task.getTaskDefinitionKey(), key, task.getAssignee(), task.getOwner(),
        task.getDelegationState(), groups, users);
  }

  record TaskFacts(String name, String taskKey, String processKey, String assignee, String owner,
      DelegationState delegation, Set<String> candidateGroups, Set<String> candidateUsers) {

    boolean candidate(Caller caller) {
      return caller.userId().equals(assignee) || candidateUsers.contains(caller.userId())
          || caller.groups().stream().anyMatch(candidateGroups::contains);
    }

    boolean worker(Caller caller) {
      return candidate(caller) || caller.userId().equals(owner);
    }
  }

  private static Verdict onlyFields(ObjectNode body, Set<String> allowed, String special, String specialMessage) {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.equals(special)) {
        return Verdict.bad(specialMessage);
      }
      if (!allowed.contains(name)) {
        return Verdict.bad("不接受参数“" + name + "”;可用的参数:" + String.join("、", allowed)
            + " (parameter not allowed)");
      }
    }
    return null;
  }

  /** Each variable declared and of its kind; a file with its name. */
  static Verdict variables(JsonNode variables, Map<String, Kind> declared, String where) {
    if (variables == null || variables.isNull()) {
      return null;
    }
    if (!variables.isObject()) {
      return Verdict.bad("variables 应为对象 (variables must be an object)");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      String name = variable.getKey();
      Kind kind = declared.get(name);
      if (kind == null) {
        return Verdict.bad("不接受变量“" + name + "”:" + where + "只接受 "
            + (declared.isEmpty() ? "(无)" : String.join("、", declared.keySet())) + " (variable not allowed)");
      }
      JsonNode value = variable.getValue();
      String type = type(value);
      if (type == null || !kind.accepts(type)) {
        return Verdict.bad("变量“" + name + "”应为" + KIND_NAMES.get(kind.name()) + "(收到的类型:"
            + (type == null ? "无法识别" : type) + ") (wrong variable type)");
      }
      if (kind == Kind.FILE && !"null".equals(type) && !value.path("value").isNull()
          && !value.path("valueInfo").hasNonNull("filename")) {
        return Verdict.bad("文件变量缺少文件名:“" + name + "”需要 valueInfo.filename (file name is required)");
      }
    }
    return null;
  }

  /** The Camunda value type of a REST variable (lower case), inferred from the value where none is given. */
  private static String type(JsonNode variable) {
    if (!variable.isObject()) {
      return null;
    }
    JsonNode type = variable.get("type");
    if (type != null && type.isTextual()) {
      return type.asText().toLowerCase(java.util.Locale.ROOT);
    }
    JsonNode value = variable.get("value");
    if (value == null || value.isNull()) {
      return "null";
    }
    return value.isTextual() ? "string" : value.isBoolean() ? "boolean" : value.isInt() ? "integer"
        : value.isIntegralNumber() ? "long" : null;
  }

  private static String text(ObjectNode body, String field) {
    JsonNode node = body.get(field);
    return node == null || !node.isTextual() ? null : node.asText();
  }
}
