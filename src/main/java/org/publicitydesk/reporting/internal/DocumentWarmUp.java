package org.publicitydesk.reporting.internal;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.opinion.OpinionReports.CommunityFigures;
import org.publicitydesk.reporting.internal.ReportData.Circular;
import org.publicitydesk.reporting.internal.ReportData.Heading;
import org.publicitydesk.reporting.internal.ReportData.UnitFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is ready, writes a small made-up circular (.docx and .xlsx, nothing read or stored) on a
 * background thread (Java's lowest priority, which Linux ignores unless the JVM is told otherwise: it shares the cores
 * with the first requests for its two or three seconds), so that the first real circular (R11.1) does not also pay
 * for loading POI's and XMLBeans' classes and the OOXML schemas: in a fresh JVM that alone was about 1.5 s of a
 * 1,000-unit circular's 2.4 s (issue 17). Off with {@code publicity.reports.warm-up=false}.
 */
@Component
class DocumentWarmUp {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentWarmUp.class);

  private final ReportsProperties properties;

  DocumentWarmUp(ReportsProperties properties) {
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!properties.warmUp()) {
      return;
    }
    Thread thread = new Thread(DocumentWarmUp::write, "report-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /** Writes the made-up circular twice; logs the time and the thread's CPU time it took. */
  static void write() {
    long t0 = System.nanoTime();
    long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    try {
      Circular circular = circular(50);
      for (int i = 0; i < 2; i++) {
        CircularReport.docx(circular);
        CircularReport.xlsx(circular);
      }
      LOG.info("报表代码已预热: {} ms, CPU {} ms", (System.nanoTime() - t0) / 1_000_000,
          (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1_000_000);
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("报表代码预热失败(不影响使用,第一次生成通报会慢一些)", e);
    }
  }

  /** A circular of {@code n} made-up units, every other one a community, with a review row. */
  static Circular circular(int n) {
    List<UnitFigures> units = new ArrayList<>();
    List<CommunityFigures> communities = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<MediaLevel, Integer> adopted = new EnumMap<>(MediaLevel.class);
      adopted.put(MediaLevel.values()[i % MediaLevel.values().length], 1 + i % 3);
      boolean community = i % 2 == 0;
      units.add(new UnitFigures(i, "u" + i, "单位" + i, community ? "社区" : "科室", 13, 11, 1, adopted,
          Map.of("R4", n - i + 10, "R5.1", -2, "R9.1", community ? 5 : 0), n - i, i + 1, community ? 5 : 0,
          community ? 1 + i / 2 : null, 11, 13, i % 3));
      if (community) {
        communities.add(new CommunityFigures("u" + i, "单位" + i, 60, 55, 5, 58, 2, 53, 3));
      }
    }
    LocalDate day = LocalDate.of(2000, 4, 2);
    return new Circular(new Heading("预热", "预热", 2000, 1, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 3, 31), day,
        true), units, List.of("R4", "R5.1"), communities, List.of(new ReportData.ReviewRow("X-1", "单位0", "标题",
        "已采用", 1, "单位审核", "某人", "同意", "", "2000-01-02 09:00")));
  }
}
