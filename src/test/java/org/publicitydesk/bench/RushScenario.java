package org.publicitydesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.publicitydesk.TestArticles;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.bench.BenchOrganization.BenchUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenario 2, the 09:15 rush over HTTP: community informants (one simulated user each) submit a public-opinion report
 * through {@code /engine-rest} with HTTP Basic, each at a random moment of the window, while unit heads find, claim and
 * complete their review tasks the same way. Latencies, throughput, errors, and afterwards: does every report the
 * server acknowledged exist?
 */
final class RushScenario {

  /** {@code serverMillis}: the server's own time (first filter to response): back-to-back and spaced solo medians, rush p50 and p99. */
  record Result(int rehearsals, long soloBackToBackMedianMillis, long soloMedianMillis, List<Long> serverMillis, int informants, int windowSeconds, double seconds, List<Long> reportMillis,
      List<Long> headMillis,
      int reportErrors, int headErrors, int acknowledged, int missing, int headTasksCompleted, List<String> errorSamples) {

    double throughput() {
      return reportMillis.size() / seconds;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_REHEARSALS = 8;
  private final BenchApp app;
  private final BenchDocuments documents = new BenchDocuments();

  RushScenario(BenchApp app) {
    this.app = app;
  }

  /** What one mix of reports and heads' steps gave. */
  private record Mix(double seconds, List<Long> reportMillis, List<Long> headMillis, List<String> acknowledged,
      int reportErrors, int headErrors, int headDone, List<String> errors) {
  }

  /**
   * The rush, after a rehearsal: {@code rehearsalHeads} (units other than {@code headUnits}) and the ten informants of
   * the uncontended reference run a smaller rush of the same mix first, not measured, in rounds until the JIT compiler
   * is nearly done, so every path of the rush (the
   * report, the heads' list, claim and complete; class loading and the JIT) is warm, as on a server that has been up
   * since yesterday. Measured on a cold path, the reference and the rush's first minute included the JIT's compiling
   * (seconds of CPU on two cores).
   */
  Result run(List<BenchUnit> communities, List<BenchUnit> headUnits, List<BenchUnit> rehearsalHeads,
      int informantCount, int windowSeconds, int articlesPerHead) throws Exception {
    // given: articles waiting for their unit heads (submitted through the Java API before the rush)
    submitArticles(headUnits, articlesPerHead);
    List<String> informants = new ArrayList<>();
    for (int i = 0; informants.size() < informantCount; i++) {
      BenchUnit c = communities.get(i % communities.size());
      int k = i / communities.size();
      if (k >= c.informants().size()) {
        throw new IllegalStateException("not enough community informants for the rush: " + informantCount);
      }
      informants.add(c.informants().get(k));
    }
    // the uncontended reference is reported by informants who do not take part in the rush
    List<String> soloInformants = communities.subList(Math.max(0, communities.size() - 10), communities.size())
        .stream().map(u -> u.informants().get(u.informants().size() - 1)).toList();
    SplittableRandom random = new SplittableRandom(915);
    List<String> rehearsalInformants = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      rehearsalInformants.addAll(soloInformants);
    }
    // rounds until the JIT compiler has (nearly) nothing left to compile: a tenth of the round's time at most
    java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
    int rehearsals = 0;
    while (rehearsals < MAX_REHEARSALS) {
      submitArticles(rehearsalHeads, articlesPerHead);
      long jitBefore = jit.getTotalCompilationTime();
      Mix rehearsal = mix(rehearsalInformants, rehearsalHeads, Math.max(5, windowSeconds / 6) * 1000L,
          articlesPerHead, random);
      if (!rehearsal.errors().isEmpty()) {
        throw new IllegalStateException("rehearsal: " + rehearsal.errors().stream().limit(3).toList());
      }
      rehearsals++;
      if (jit.getTotalCompilationTime() - jitBefore < rehearsal.seconds() * 100) {
        break;
      }
    }
    // the reference: reports one at a time, twenty before the rush and twenty after it (on a shared machine the load
    // drifts; both sides of the rush weigh alike), their median; once back to back, once spaced as the rush's reports
    // arrive (a random pause averaging the rush's mean interval, 300 ms at full size), so the server waits idle in
    // between as in the rush
    long meanIntervalMillis = windowSeconds * 1000L / informantCount;
    Reference reference = new Reference();
    reference.measure(soloInformants, 2 * meanIntervalMillis, random);
    Mix rush = mix(informants, headUnits, windowSeconds * 1000L, articlesPerHead, random);
    List<Long> rushServer = ServerTimes.drainReports();
    reference.measure(soloInformants, 2 * meanIntervalMillis, random);
    // then: every acknowledged report is in the application's table
    Set<String> stored = new HashSet<>(app.bean(JdbcTemplate.class)
        .queryForList("select process_instance_id from pd_opinion_report where process_instance_id is not null", String.class));
    int missing = (int) rush.acknowledged().stream().filter(id -> !stored.contains(id)).count();
    return new Result(rehearsals, reference.backToBack.median(), reference.spaced.median(),
        List.of(reference.backToBackServer.median(), reference.spacedServer.median(), percentile(rushServer, 50),
            percentile(rushServer, 99)), informants.size(), windowSeconds, rush.seconds(), rush.reportMillis(),
        rush.headMillis(), rush.reportErrors(), rush.headErrors(), rush.acknowledged().size(), missing,
        rush.headDone(), rush.errors().stream().limit(5).toList());
  }

  /** Times of the uncontended reference, client's and server's, gathered in several rounds. */
  private final class Reference {
    final Times backToBack = new Times();
    final Times backToBackServer = new Times();
    final Times spaced = new Times();
    final Times spacedServer = new Times();

    void measure(List<String> informants, long maxPauseMillis, SplittableRandom random) throws Exception {
      ServerTimes.drainReports();
      backToBack.addAll(soloReports(informants, 0, random));
      backToBackServer.addAll(ServerTimes.drainReports());
      spaced.addAll(soloReports(informants, maxPauseMillis, random));
      spacedServer.addAll(ServerTimes.drainReports());
    }
  }

  private static final class Times extends ArrayList<Long> {
    long median() {
      List<Long> sorted = new ArrayList<>(this);
      Collections.sort(sorted);
      return percentile(sorted, 50);
    }
  }

  /** Twenty reports, one at a time, each after a random pause of up to {@code maxPauseMillis}; sorted times. */
  private List<Long> soloReports(List<String> informants, long maxPauseMillis, SplittableRandom random)
      throws Exception {
    List<Long> solo = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      if (maxPauseMillis > 0) {
        Thread.sleep(random.nextLong(maxPauseMillis));
      }
      String informant = informants.get(i % informants.size());
      long t0 = System.nanoTime();
      HttpResponse<String> r = app.postJson("/engine-rest/process-definition/key/PublicOpinionReport/start", informant,
          reportBody(unitOf(informant), informant));
      solo.add((System.nanoTime() - t0) / 1_000_000);
      if (r.statusCode() != 200) {
        throw new IllegalStateException("solo report " + r.statusCode() + " " + r.body());
      }
    }
    Collections.sort(solo);
    return solo;
  }

  /** Each informant reports once at a random moment of the window; each head completes its tasks meanwhile. */
  private Mix mix(List<String> informants, List<BenchUnit> headUnits, long windowMillis, int articlesPerHead,
      SplittableRandom random) throws Exception {
    ConcurrentLinkedQueue<Long> reportMillis = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> headMillis = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    AtomicInteger reportErrors = new AtomicInteger();
    AtomicInteger headErrors = new AtomicInteger();
    AtomicInteger headDone = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(informants.size() + headUnits.size());
    List<Future<?>> futures = new ArrayList<>();
    long start = System.currentTimeMillis();
    for (String informant : informants) {
      long at = start + random.nextLong(windowMillis);
      futures.add(pool.submit(() -> {
        sleepUntil(at);
        String body = reportBody(unitOf(informant), informant);
        long t0 = System.nanoTime();
        try {
          HttpResponse<String> r = app.postJson("/engine-rest/process-definition/key/PublicOpinionReport/start",
              informant, body);
          reportMillis.add((System.nanoTime() - t0) / 1_000_000);
          if (r.statusCode() == 200) {
            acknowledged.add((String) JSON.readValue(r.body(), Map.class).get("id"));
          } else {
            reportErrors.incrementAndGet();
            errors.add(informant + " " + r.statusCode() + " " + r.body());
          }
        } catch (Exception e) {
          reportErrors.incrementAndGet();
          errors.add(informant + " " + e);
        }
      }));
    }
    for (BenchUnit unit : headUnits) {
      List<Long> times = new ArrayList<>();
      for (int k = 0; k < articlesPerHead; k++) {
        times.add(start + random.nextLong(windowMillis));
      }
      Collections.sort(times);
      futures.add(pool.submit(() -> {
        for (long at : times) {
          sleepUntil(at);
          try {
            completeOneTask(unit, headMillis);
            headDone.incrementAndGet();
          } catch (Exception e) {
            headErrors.incrementAndGet();
            errors.add(unit.head() + " " + e.getMessage());
          }
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.currentTimeMillis() - start) / 1000.0;
    pool.shutdown();
    return new Mix(seconds, sorted(reportMillis), sorted(headMillis), List.copyOf(acknowledged), reportErrors.get(),
        headErrors.get(), headDone.get(), List.copyOf(errors));
  }

  /** The informant's unit, from the bench's login ({@code inf-<unit>-<n>}). */
  private static String unitOf(String informant) {
    return informant.substring(4, informant.lastIndexOf('-'));
  }

  private void submitArticles(List<BenchUnit> units, int perUnit) {
    RuntimeService runtime = app.bean(RuntimeService.class);
    for (BenchUnit unit : units) {
      for (int k = 0; k < perUnit; k++) {
        byte[] docx = documents.next();
        app.as(unit.informants().get(0), () -> runtime.startProcessInstanceByKey("ArticleReview", Variables
            .createVariables().putValue("title", unit.code() + "待审稿件").putValue("unitCode", unit.code())
            .putValue("category", "OTHER").putValue("itemClass", "ORDINARY").putValue("document",
                Variables.fileValue("稿件.docx").file(docx).mimeType(TestArticles.DOCX).create())));
      }
    }
  }

  private static String reportBody(String unit, String informant) {
    return json(Map.of("variables", Map.of("title", Map.of("value", unit + "舆情信息"),
        "content", Map.of("value", "群众反映" + unit + "小区停车难,建议增设临时停车位。报送人 " + informant),
        "unitCode", Map.of("value", unit))));
  }

  private void completeOneTask(BenchUnit unit, ConcurrentLinkedQueue<Long> millis) throws Exception {
    String head = unit.head();
    long t0 = System.nanoTime();
    // as Tasklist's 待我审核 filter asks: by the head's groups (TasklistFilters)
    HttpResponse<String> list = app.get("/engine-rest/task?processDefinitionKey=ArticleReview"
        + "&taskDefinitionKey=Task_ReviewByUnitHead&candidateGroups=" + String.join(",", Groups.STAFF,
        Groups.UNIT_HEADS, Groups.unit(unit.code()), Groups.unitHead(unit.code())) + "&includeAssignedTasks=true"
        + "&maxResults=1", head);
    millis.add((System.nanoTime() - t0) / 1_000_000);
    List<?> found = JSON.readValue(list.body(), List.class);
    if (list.statusCode() != 200 || found.isEmpty()) {
      throw new IllegalStateException("task list " + list.statusCode() + " " + list.body());
    }
    String id = (String) ((Map<?, ?>) found.get(0)).get("id");
    t0 = System.nanoTime();
    HttpResponse<String> claim = app.postJson("/engine-rest/task/" + id + "/claim", head, json(Map.of("userId", head)));
    millis.add((System.nanoTime() - t0) / 1_000_000);
    t0 = System.nanoTime();
    HttpResponse<String> complete = app.postJson("/engine-rest/task/" + id + "/complete", head, json(Map.of(
        "variables", Map.of("approved", Map.of("value", true), "comment", Map.of("value", "同意")))));
    millis.add((System.nanoTime() - t0) / 1_000_000);
    if (claim.statusCode() != 204 || complete.statusCode() != 204) {
      throw new IllegalStateException("claim " + claim.statusCode() + " complete " + complete.statusCode() + " "
          + complete.body());
    }
  }

  private static List<Long> sorted(ConcurrentLinkedQueue<Long> values) {
    List<Long> list = new ArrayList<>(values);
    Collections.sort(list);
    return list;
  }

  static long percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleepUntil(long at) {
    long wait = at - System.currentTimeMillis();
    if (wait > 0) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
