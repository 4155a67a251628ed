package org.publicitydesk.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingStream;

/**
 * The JIT's deoptimizations on the lifecycles' threads ({@code bench-ours-*}, {@code bench-floor-*}), counted per side
 * and per place, from JFR's {@code jdk.Deoptimization} event in this process. Issue 17, seventh round: when the floor's
 * tasks had no description, the JIT kept compiled code in Camunda's {@code TaskEntity.getPersistentState} with a trap
 * that every task of ours took, tens of thousands of times per run, and no sampling profile shows that time. A place
 * that deoptimizes thousands of times is such a trap; the report names it.
 */
final class Deoptimizations implements AutoCloseable {

  /** What was counted: per side ("ours", "floor"), and the place deoptimized most often, with its count. */
  record Counts(Map<String, Long> bySide, String mostRepeated, long mostRepeatedCount) {
  }

  private final RecordingStream stream = new RecordingStream();
  private final Map<String, Long> bySide = new ConcurrentHashMap<>();
  private final Map<String, Long> byPlace = new ConcurrentHashMap<>();
  private volatile CountDownLatch flushedAfter;
  private volatile Instant countFrom = Instant.MAX;
  private volatile Instant flushWanted = Instant.MAX;

  /**
   * Starts listening; nothing is counted before {@link #countFrom}. Started before the warm-up: JFR started in a
   * warm process made the JIT compiler work as much as the lifecycles did for a while.
   */
  Deoptimizations() {
    stream.enable("jdk.Deoptimization").withoutStackTrace();
    stream.onEvent("jdk.Deoptimization", this::count);
    stream.onFlush(() -> {
      CountDownLatch latch = flushedAfter;
      if (latch != null && Instant.now().isAfter(flushWanted)) {
        latch.countDown();
      }
    });
    stream.startAsync();
  }

  /** Counts the deoptimizations from now on (after the warm-up). */
  void countFrom() {
    countFrom = Instant.now();
  }

  private void count(RecordedEvent event) {
    if (event.getStartTime().isBefore(countFrom)) {
      return;
    }
    String thread = event.getThread() == null ? "" : event.getThread().getJavaName();
    String side = thread == null ? null
        : thread.startsWith("bench-ours") ? "ours" : thread.startsWith("bench-floor") ? "floor" : null;
    if (side == null) {
      return;
    }
    RecordedMethod method = event.getValue("method");
    String place = method.getType().getName() + "." + method.getName() + ":" + event.getInt("lineNumber") + " "
        + event.getString("reason") + "/" + event.getString("action") + " (" + side + ")";
    bySide.merge(side, 1L, Long::sum);
    byPlace.merge(place, 1L, Long::sum);
  }

  /**
   * The counts so far, once JFR has delivered the events of the time before this call (it hands them over about
   * every second); after {@code patience} without such a delivery, what has arrived.
   */
  Counts counts(Duration patience) throws InterruptedException {
    CountDownLatch latch = new CountDownLatch(1);
    flushWanted = Instant.now();
    flushedAfter = latch;
    latch.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    Map.Entry<String, Long> most = byPlace.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
    return new Counts(Map.copyOf(bySide), most == null ? "none" : most.getKey(), most == null ? 0 : most.getValue());
  }

  @Override
  public void close() {
    stream.close();
  }
}
