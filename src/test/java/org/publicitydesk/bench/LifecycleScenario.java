package org.publicitydesk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.publicitydesk.TestArticles;
import org.publicitydesk.TestJobs;
import org.publicitydesk.bench.BenchOrganization.BenchUnit;

/**
 * Scenario 1, engine overhead: complete article lifecycles through the Java API (informant submits a real .docx, unit
 * head approves, editorial office accepts, one adoption with tracking done, scored — by the scoring job, which the
 * lifecycle runs itself), single thread and with several,
 * against the floor — {@code bench/BenchFloor.bpmn}, the same shape with nothing of the application — driven the
 * same way in the same engine. Every call is made as its user, so Camunda's authorization checks run on both.
 */
final class LifecycleScenario {

  static final String OURS = "ArticleReview";
  static final String FLOOR = "BenchFloor";

  /**
   * What a run measured, in totals: wall time, SQL statements, the process's CPU time (all threads), the CPU time of the
   * threads that ran the lifecycles (the work itself, without the JIT compiler, the collector or the database's writer)
   * and the JIT compiler's time meanwhile.
   */
  record Run(String process, int threads, int lifecycles, double seconds, long statements, long cpuNanos,
      long workerCpuNanos, long jitMillis) {
    double perSecond() {
      return lifecycles / seconds;
    }

    double statementsPerLifecycle() {
      return (double) statements / lifecycles;
    }

    double cpuMillisPerLifecycle() {
      return cpuNanos / 1e6 / lifecycles;
    }

    double workerCpuMillisPerLifecycle() {
      return workerCpuNanos / 1e6 / lifecycles;
    }

    double jitMillisPerLifecycle() {
      return (double) jitMillis / lifecycles;
    }

    /** This run and another of the same process, as one. */
    Run plus(Run other) {
      return new Run(process, threads, lifecycles + other.lifecycles, seconds + other.seconds,
          statements + other.statements, cpuNanos + other.cpuNanos, workerCpuNanos + other.workerCpuNanos,
          jitMillis + other.jitMillis);
    }
  }

  /** CPU time of the whole JVM (all threads, the job executor included), in nanoseconds. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private final BenchApp app;
  private final List<BenchUnit> units;
  private final BenchDocuments documents = new BenchDocuments();
  private final AtomicInteger sequence = new AtomicInteger();
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  LifecycleScenario(BenchApp app, List<BenchUnit> units) {
    this.app = app;
    this.units = units;
    this.runtime = app.bean(RuntimeService.class);
    this.tasks = app.bean(TaskService.class);
    this.management = app.bean(ManagementService.class);
    deployFloor();
  }

  private void deployFloor() {
    app.bean(RepositoryService.class).createDeployment().name("bench-floor")
        .addClasspathResource("bench/BenchFloor.bpmn").deploy();
    AuthorizationService auth = app.bean(AuthorizationService.class);
    Authorization definition = auth.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    definition.setUserId(Authorization.ANY);
    definition.setResource(Resources.PROCESS_DEFINITION);
    definition.setResourceId(FLOOR);
    definition.addPermission(Permissions.ALL);
    auth.saveAuthorization(definition);
    Authorization instances = auth.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    instances.setUserId(Authorization.ANY);
    instances.setResource(Resources.PROCESS_INSTANCE);
    instances.setResourceId(Authorization.ANY);
    instances.addPermission(Permissions.CREATE);
    auth.saveAuthorization(instances);
  }

  /** Ours and the floor, measured alternately in the same run. */
  record Pair(Run ours, Run floor) {
  }

  /**
   * Runs {@code n} lifecycles of ours and {@code n} of the floor on {@code threads} threads, alternating in batches of
   * {@code batch} (which of the two goes first alternates too), so a change of the machine's load during the run
   * weighs on both alike. Measured one after the other, the second of them ran at another load than the first, and
   * on a shared machine that moved the CPU ratio more than most levers did. {@code statementsByKind} receives each
   * side's statements by kind.
   */
  Pair alternate(int n, int threads, int batch, Map<String, Map<String, Long>> statementsByKind) throws Exception {
    Run ours = new Run(OURS, threads, 0, 0, 0, 0, 0, 0);
    Run floor = new Run(FLOOR, threads, 0, 0, 0, 0, 0, 0);
    for (int done = 0, round = 0; done < n; done += batch, round++) {
      int k = Math.min(batch, n - done);
      for (String process : round % 2 == 0 ? List.of(OURS, FLOOR) : List.of(FLOOR, OURS)) {
        Map<String, Long> before = StatementCounter.byKind();
        Run r = run(process, k, threads);
        StatementCounter.byKind().forEach((kind, count) -> statementsByKind.computeIfAbsent(process,
            p -> new java.util.HashMap<>()).merge(kind, count - before.getOrDefault(kind, 0L), Long::sum));
        if (process.equals(OURS)) {
          ours = ours.plus(r);
        } else {
          floor = floor.plus(r);
        }
      }
    }
    return new Pair(ours, floor);
  }

  /**
   * Runs {@code n} lifecycles of {@code process} on {@code threads} threads named after it ({@code bench-ours-1}, …;
   * a profile tells the two apart by thread); documents are made before the clock starts.
   */
  Run run(String process, int n, int threads) throws Exception {
    List<byte[]> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      docs.add(documents.next());
    }
    List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
    String prefix = "bench-" + (process.equals(OURS) ? "ours" : "floor") + "-";
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, prefix + (workers.size() + 1));
      workers.add(t);
      return t;
    });
    java.lang.management.ThreadMXBean threadBean = java.lang.management.ManagementFactory.getThreadMXBean();
    java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
    try {
      long statementsBefore = StatementCounter.STATEMENTS.get();
      long jitBefore = jit.getTotalCompilationTime();
      long cpuBefore = processCpuNanos();
      long start = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      for (byte[] d : docs) {
        futures.add(pool.submit(() -> lifecycle(process, d)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long cpu = processCpuNanos() - cpuBefore;
      long jitMillis = jit.getTotalCompilationTime() - jitBefore;
      long statements = StatementCounter.STATEMENTS.get() - statementsBefore;
      long workerCpu = workers.stream().mapToLong(t -> threadBean.getThreadCpuTime(t.getId())).sum();
      return new Run(process, threads, n, seconds, statements, cpu, workerCpu, jitMillis);
    } finally {
      pool.shutdown();
    }
  }

  /** One article from submission to scoring. */
  void lifecycle(String process, byte[] docx) {
    BenchUnit unit = units.get(Math.floorMod(sequence.getAndIncrement(), units.size()));
    String informant = unit.informants().get(0);
    VariableMap start = Variables.createVariables()
        .putValue("title", unit.code() + "工作信息")
        .putValue(process.equals(OURS) ? "unitCode" : "floorUnit", unit.code())
        .putValue("category", "AREA_DEVELOPMENT")
        .putValue("itemClass", "ORDINARY")
        .putValue("document", Variables.fileValue("工作信息.docx").file(docx).mimeType(TestArticles.DOCX).create());
    String instance = app.as(informant, () -> runtime.startProcessInstanceByKey(process, start).getId());
    complete(instance, unit.head(), Map.of("approved", true, "comment", ""));
    complete(instance, BenchOrganization.EDITOR, Map.of("decision", "ACCEPT", "comment", ""));
    complete(instance, BenchOrganization.EDITOR, Map.of("mediaName", "大众日报", "length", "BRIEF",
        "placement", "OTHER_PAGE_HEADLINE", "publishedOn", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(), "trackingDone", true));
    // scoring is a job of its own on both (asyncBefore, issue 17); the bench's job executor is off, so it runs here
    TestJobs.run(management, instance);
  }

  private void complete(String instance, String user, Map<String, Object> variables) {
    app.as(user, () -> {
      Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), variables);
      return null;
    });
  }

  /** Checks that the runs did what they say: every instance of the process ended, at its scored end. */
  long finished(String process) {
    return app.bean(HistoryService.class).createHistoricProcessInstanceQuery().processDefinitionKey(process)
        .finished().count();
  }

  long unfinished(String process) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(process).count();
  }
}
