package org.publicitydesk.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.publicitydesk.bench.BenchOrganization.BenchUnit;
import org.springframework.util.FileSystemUtils;

/**
 * The benchmark command ({@code ./mvnw -Pbench verify}, README "Benchmarks"; not part of {@code ./mvnw verify}):
 * engine overhead against the bare-engine floor, the 09:15 rush over HTTP, and a city-scale year. Prints a table and
 * writes it as JSON under {@code target/bench/}. Sizes: {@link BenchSettings}.
 */
class PerformanceBench {

  /**
   * How many turns each of ours and the floor takes per measured run ({@link LifecycleScenario#alternate}): enough to
   * weigh a change of the machine's load on both alike, few enough for the JIT. Each switch between the two can send
   * compiled code back to the interpreter where they differ (a field null on one side only, say), and after some
   * hundreds of recompilations at one place HotSpot keeps a trap there for good, which one side then takes at every
   * call (seventh round: batches of 10 lifecycles, 100 turns, ended with such traps in Camunda's code, up to 213 per
   * lifecycle of ours). {@code mostRepeatedDeoptimization} shows whether it happened.
   */
  private static final int TURNS = 10;

  @Test
  void run() throws Exception {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    Path dir = Path.of("target", "bench");
    FileSystemUtils.deleteRecursively(dir.resolve("db"));
    BenchReport report = new BenchReport();
    report.top("startedAt", Instant.now().toString());
    report.top("quick", settings.quick());
    report.top("cores", Runtime.getRuntime().availableProcessors());
    report.top("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    report.top("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    report.top("gc", ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(java.lang.management.GarbageCollectorMXBean::getName).collect(java.util.stream.Collectors.joining(", ")));
    report.top("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    report.top("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    report.top("settings", settings.toString());

    BenchOrganization organization = new BenchOrganization(dir.resolve("organization.yaml"), settings.units(),
        settings.informantsPerUnit(), settings.year());
    long t0 = System.nanoTime();
    try (BenchApp app = new BenchApp(settings, organization.file, dir)) {
      report.top("database", app.database + (settings.database().equals("postgres") ? " (profile postgres)" : " (file)"));
      report.put("startup", "units", organization.units.size(), "");
      report.put("startup", "people", organization.people(), "");
      report.put("startup", "startSeconds", (System.nanoTime() - t0) / 1e9, "s");

      String scenarios = System.getProperty("bench.scenarios", "lifecycle,rush,nearcopy,grants,city");
      if (scenarios.contains("lifecycle")) {
        lifecycle(app, organization, settings, report);
      }
      if (scenarios.contains("rush")) {
        rush(app, organization, settings, report);
      }
      if (scenarios.contains("nearcopy")) {
        nearCopy(app, organization, settings, report);
      }
      if (scenarios.contains("grants")) {
        grants(app, organization, settings, report);
      }
      if (scenarios.contains("city")) {
        city(app, organization, settings, report);
      }
    } finally {
      report.top("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      report.top("totalSeconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
      System.out.println(report.table());
      System.out.println("written: " + report.write(dir).toAbsolutePath());
      FileSystemUtils.deleteRecursively(dir.resolve("db"));
    }
  }

  private static void lifecycle(BenchApp app, BenchOrganization organization, BenchSettings settings,
      BenchReport report) throws Exception {
    LifecycleScenario scenario = new LifecycleScenario(app, organization.units);
    int n = settings.lifecycles();
    Map<String, Map<String, Long>> sent = new java.util.HashMap<>();
    int threads = settings.lifecycleThreads();
    LifecycleScenario.Pair one;
    LifecycleScenario.Pair many;
    Deoptimizations.Counts deoptimized;
    try (Deoptimizations deoptimizations = new Deoptimizations()) {
      // warm-up of both (JIT, caches), not measured
      scenario.run(LifecycleScenario.FLOOR, settings.warmup(), 1);
      scenario.run(LifecycleScenario.OURS, settings.warmup(), 1);
      deoptimizations.countFrom();
      int batch = Math.max(1, n / TURNS);
      one = scenario.alternate(n, 1, batch, sent);
      many = scenario.alternate(n, threads, batch, new java.util.HashMap<>());
      deoptimized = deoptimizations.counts(java.time.Duration.ofSeconds(10));
    }
    LifecycleScenario.Run floor1 = one.floor();
    LifecycleScenario.Run ours1 = one.ours();
    // what one lifecycle sends, by kind: ours (the 30 most frequent) beside the floor
    Map<String, Double> floorKinds = perLifecycle(sent.get(LifecycleScenario.FLOOR), n);
    perLifecycle(sent.get(LifecycleScenario.OURS), n).entrySet().stream()
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(30)
        .forEach(e -> report.put("lifecycleSql", e.getKey(), e.getValue() + " (floor "
            + floorKinds.getOrDefault(e.getKey(), 0.0) + ")", "per lifecycle"));
    LifecycleScenario.Run floorN = many.floor();
    LifecycleScenario.Run oursN = many.ours();
    String s = "lifecycle";
    report.put(s, "lifecycles", n, "");
    report.put(s, "oursPerSecond1Thread", ours1.perSecond(), "1/s");
    report.put(s, "floorPerSecond1Thread", floor1.perSecond(), "1/s");
    report.put(s, "oursMillisPerLifecycle", 1000 / ours1.perSecond(), "ms");
    report.put(s, "floorMillisPerLifecycle", 1000 / floor1.perSecond(), "ms");
    report.put(s, "oursPerSecond" + threads + "Threads", oursN.perSecond(), "1/s");
    report.put(s, "floorPerSecond" + threads + "Threads", floorN.perSecond(), "1/s");
    report.put(s, "ratioOursToFloor" + threads + "Threads", floorN.perSecond() / oursN.perSecond(), "");
    report.put(s, "oursStatementsPerLifecycle", ours1.statementsPerLifecycle(), "SQL");
    report.put(s, "floorStatementsPerLifecycle", floor1.statementsPerLifecycle(), "SQL");
    report.put(s, "oursCpuMillisPerLifecycle", ours1.cpuMillisPerLifecycle(), "ms");
    report.put(s, "floorCpuMillisPerLifecycle", floor1.cpuMillisPerLifecycle(), "ms");
    report.put(s, "cpuRatio" + threads + "Threads", oursN.cpuMillisPerLifecycle() / floorN.cpuMillisPerLifecycle(), "");
    // the process's CPU time in parts: the lifecycles' own threads, and the JIT compiler meanwhile (a short run is
    // still compiling; ours has more code to compile)
    report.put(s, "oursWorkerCpuMillisPerLifecycle", ours1.workerCpuMillisPerLifecycle(), "ms");
    report.put(s, "floorWorkerCpuMillisPerLifecycle", floor1.workerCpuMillisPerLifecycle(), "ms");
    report.put(s, "workerCpuRatio", ours1.workerCpuMillisPerLifecycle() / floor1.workerCpuMillisPerLifecycle(), "");
    report.put(s, "oursJitMillisPerLifecycle", ours1.jitMillisPerLifecycle(), "ms");
    report.put(s, "floorJitMillisPerLifecycle", floor1.jitMillisPerLifecycle(), "ms");
    // the JIT's deoptimizations on each side's threads (both thread counts): a place taken thousands of times is a
    // trap the compiled code keeps, and its time shows in no sampling profile (seventh round)
    report.put(s, "oursDeoptimizationsPerLifecycle", deoptimized.bySide().getOrDefault("ours", 0L) / (2.0 * n), "");
    report.put(s, "floorDeoptimizationsPerLifecycle", deoptimized.bySide().getOrDefault("floor", 0L) / (2.0 * n), "");
    report.put(s, "mostRepeatedDeoptimization", deoptimized.mostRepeated() + " × " + deoptimized.mostRepeatedCount(),
        "");
    long unfinished = scenario.unfinished(LifecycleScenario.OURS) + scenario.unfinished(LifecycleScenario.FLOOR);
    report.put(s, "unfinishedInstances", unfinished, "");
    double ratio = floor1.perSecond() / ours1.perSecond();
    report.top("ratioOursToFloor", Math.round(ratio * 1000) / 1000.0);
    report.top("statementsRatio", round3(ours1.statementsPerLifecycle() / floor1.statementsPerLifecycle()));
    report.top("cpuRatio", round3(ours1.cpuMillisPerLifecycle() / floor1.cpuMillisPerLifecycle()));
    if (unfinished != 0) {
      throw new AssertionError(unfinished + " lifecycles did not end");
    }
  }

  private static void rush(BenchApp app, BenchOrganization organization, BenchSettings settings, BenchReport report)
      throws Exception {
    List<BenchUnit> communities = organization.communities();
    int headCount = Math.min(settings.rushHeads(), organization.units.size());
    List<BenchUnit> heads = organization.units.subList(0, headCount);
    // the rehearsal's heads: up to ten other units
    List<BenchUnit> rehearsalHeads = organization.units.subList(headCount,
        Math.min(organization.units.size(), headCount + 10));
    RushScenario.Result r = new RushScenario(app).run(communities, heads, rehearsalHeads, settings.rushInformants(),
        settings.rushWindowSeconds(), settings.rushArticlesPerHead());
    String s = "rush";
    report.put(s, "informants", r.informants(), "");
    report.put(s, "windowSeconds", r.windowSeconds(), "s");
    report.put(s, "rehearsalRounds", r.rehearsals(), "");
    report.put(s, "soloBackToBackMedianMillis", r.soloBackToBackMedianMillis(), "ms");
    report.put(s, "soloReportMedianMillis", r.soloMedianMillis(), "ms");
    report.put(s, "serverSoloBackToBackMedianMillis", r.serverMillis().get(0), "ms");
    report.put(s, "serverSoloMedianMillis", r.serverMillis().get(1), "ms");
    report.put(s, "serverReportP50Millis", r.serverMillis().get(2), "ms");
    report.put(s, "serverReportP99Millis", r.serverMillis().get(3), "ms");
    report.put(s, "reportP50Millis", RushScenario.percentile(r.reportMillis(), 50), "ms");
    report.put(s, "reportP95Millis", RushScenario.percentile(r.reportMillis(), 95), "ms");
    report.put(s, "reportP99Millis", RushScenario.percentile(r.reportMillis(), 99), "ms");
    report.put(s, "reportMaxMillis", RushScenario.percentile(r.reportMillis(), 100), "ms");
    report.put(s, "reportsPerSecond", r.throughput(), "1/s");
    report.put(s, "headRequestP50Millis", RushScenario.percentile(r.headMillis(), 50), "ms");
    report.put(s, "headRequestP95Millis", RushScenario.percentile(r.headMillis(), 95), "ms");
    report.put(s, "headRequestP99Millis", RushScenario.percentile(r.headMillis(), 99), "ms");
    report.put(s, "headTasksCompleted", r.headTasksCompleted(), "");
    report.put(s, "reportErrors", r.reportErrors(), "");
    report.put(s, "headErrors", r.headErrors(), "");
    report.put(s, "acknowledgedReports", r.acknowledged(), "");
    report.put(s, "acknowledgedButMissing", r.missing(), "");
    if (!r.errorSamples().isEmpty()) {
      report.put(s, "errorSamples", r.errorSamples(), "");
    }
    report.top("rushErrors", r.reportErrors() + r.headErrors() + r.missing());
    report.top("rushP99ToSolo", round3(RushScenario.percentile(r.reportMillis(), 99) / (double) Math.max(1, r.soloMedianMillis())));
  }

  private static void nearCopy(BenchApp app, BenchOrganization organization, BenchSettings settings,
      BenchReport report) {
    BenchUnit department = organization.units.stream().filter(u -> !u.community()).findFirst().orElseThrow();
    NearCopyScenario.Result r = new NearCopyScenario(app).run(organization.communities(), department,
        settings.nearCopyArticles());
    String s = "nearcopy";
    report.put(s, "communityArticlesInWindow", r.communityArticles(), "");
    report.put(s, "submissionMillisEmptyWindow", r.emptyMillis(), "ms");
    report.put(s, "statementsEmptyWindow", r.emptyStatements(), "SQL");
    report.put(s, "catchUpSubmissions", r.catchUpSubmissions(), "");
    report.put(s, "catchUpMillis", r.catchUpMillis(), "ms");
    report.put(s, "submissionMillisFullWindow", r.medianMillis(), "ms");
    report.put(s, "statementsFullWindow", r.statements(), "SQL");
    report.put(s, "copiesFound", r.copiesFound(), "");
    if (!r.copiesFound()) {
      throw new AssertionError("the near-copies were not all found");
    }
  }

  private static void grants(BenchApp app, BenchOrganization organization, BenchSettings settings,
      BenchReport report) {
    GrantsScenario.Result r = new GrantsScenario(app).run(organization.units, settings.grantRows());
    String s = "grants";
    report.put(s, "authorizationRowsBefore", r.rowsBefore(), "");
    report.put(s, "authorizationRowsAfter", r.rowsAfter(), "");
    report.put(s, "insertSeconds", r.insertMillis() / 1000.0, "s");
    report.put(s, "taskListMedianMillisBefore", r.medianBefore(), "ms");
    report.put(s, "taskListMedianMillisAfter", r.medianAfter(), "ms");
    report.put(s, "taskListStatementsBefore", r.statementsBefore(), "SQL");
    report.put(s, "taskListStatementsAfter", r.statementsAfter(), "SQL");
    report.top("taskListAfterYearOfGrantsToBefore", round3(r.medianAfter() / (double) Math.max(1, r.medianBefore())));
  }

  private static Map<String, Double> perLifecycle(Map<String, Long> statements, int n) {
    Map<String, Double> kinds = new java.util.HashMap<>();
    statements.forEach((k, v) -> kinds.put(k, Math.round(v * 10.0 / n) / 10.0));
    return kinds;
  }

  private static double round3(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static void city(BenchApp app, BenchOrganization organization, BenchSettings settings, BenchReport report)
      throws Exception {
    AtomicLong peak = new AtomicLong();
    var memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    try {
      new CityScaleScenario(app, report).run(organization.units, settings.year(), settings.articles(),
          settings.opinionReports(), settings.importChunk());
    } finally {
      sampler.interrupt();
      report.put("city", "peakHeapUsedMb", peak.get() / (1024 * 1024), "MB");
      if (Files.exists(Path.of("target", "bench", "db"))) {
        report.put("city", "databaseFilesMb", Files.walk(Path.of("target", "bench", "db")).filter(Files::isRegularFile)
            .mapToLong(p -> p.toFile().length()).sum() / (1024 * 1024), "MB");
      }
    }
  }
}
