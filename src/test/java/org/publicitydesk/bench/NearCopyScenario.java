package org.publicitydesk.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.publicitydesk.bench.BenchOrganization.BenchUnit;
import org.publicitydesk.documents.Documents;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenario 4, R2.3 near-copy detection against a long history: department submissions (a text) with no community
 * article in the 60-day window, then with {@code n} community articles in it (their documents stored but not yet
 * in the near-copy index, as after an upgrade: submissions index them 200 at a time), one of which six copy.
 */
final class NearCopyScenario {

  record Result(int communityArticles, long emptyMillis, long emptyStatements, int catchUpSubmissions,
      long catchUpMillis, long medianMillis, long statements, boolean copiesFound) {
  }

  private static final String WORDS = "社区街道居民志愿者开展组织宣传活动垃圾分类文明城市创建服务群众走访慰问老人儿童安全"
      + "检查消防隐患排查整改环境卫生整治绿化提升停车管理物业矛盾纠纷调解就业岗位招聘培训健康义诊防诈骗反诈讲座文化演出"
      + "读书节日庆祝党员先锋示范网格巡查食品药品监督交通秩序疏导防汛值守应急演练";
  private final BenchApp app;
  private final SplittableRandom random = new SplittableRandom(2026);

  NearCopyScenario(BenchApp app) {
    this.app = app;
  }

  Result run(List<BenchUnit> communities, BenchUnit department, int n) {
    String original = text();
    List<long[]> empty = submissions(department, text(), 4);
    // given: n community articles in the window, with their texts
    Documents documents = app.bean(Documents.class);
    JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
    Instant now = Instant.now();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      BenchUnit unit = communities.get(i % communities.size());
      String documentId = documents.storeText(i == n / 2 ? original : text(), null, unit.informants().get(0)).id();
      rows.add(new Object[] {-i, "NC-" + i, unit.code(), unit.informants().get(0), "社区工作信息 " + i,
          Timestamp.from(now.minus(1 + i % 50, ChronoUnit.DAYS)), documentId});
    }
    jdbc.batchUpdate("insert into pd_article (id, number, unit_code, informant, title, category, item_class, urgent,"
        + " submitted_at, outside_window, status, revision, document_id, word_count) values (?, ?, ?, ?, ?,"
        + " 'OTHER', 'ORDINARY', false, ?, false, 'LOW_QUALITY', 1, ?, 400)", rows);
    // listed as the upgrade to the index lists them (V103)
    jdbc.update("insert into pd_near_copy_pending (article_id) select id from pd_article where id < 0");
    // when: department articles are submitted, each indexes up to 200 of the documents (the catch-up after an
    // upgrade), until all are indexed; then six department articles that copy one of them (a new headline in front)
    long catchUpStart = System.nanoTime();
    int catchUp = 0;
    while (jdbc.queryForObject("select count(*) from pd_near_copy_document", Long.class) < n) {
      submissions(department, text(), 1);
      catchUp++;
    }
    long catchUpMillis = (System.nanoTime() - catchUpStart) / 1_000_000;
    List<long[]> full = submissions(department, "街道召开专题会议。" + original, 6);
    boolean found = jdbc.queryForObject("select count(*) from pd_article where unit_code = ? and near_copy_of = ?",
        Long.class, department.code(), (long) -(n / 2)) == 6;
    return new Result(n, median(empty.subList(1, empty.size()), 0), median(empty.subList(1, empty.size()), 1),
        catchUp, catchUpMillis, median(full, 0), median(full, 1), found);
  }

  private static long median(List<long[]> values, int index) {
    List<Long> sorted = new ArrayList<>(values.stream().map(v -> v[index]).toList());
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** {@code count} submissions of the text; for each its millis and SQL statements. */
  private List<long[]> submissions(BenchUnit department, String text, int count) {
    RuntimeService runtime = app.bean(RuntimeService.class);
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      VariableMap start = Variables.createVariables().putValue("title", department.code() + "工作信息")
          .putValue("unitCode", department.code()).putValue("category", "OTHER").putValue("itemClass", "ORDINARY")
          .putValue("content", text);
      long statements = StatementCounter.STATEMENTS.get();
      long t0 = System.nanoTime();
      app.as(department.informants().get(0), () -> runtime.startProcessInstanceByKey("ArticleReview", start));
      out.add(new long[] {(System.nanoTime() - t0) / 1_000_000, StatementCounter.STATEMENTS.get() - statements});
    }
    return out;
  }

  /**
   * About 400 characters, different for every call: common words of such articles (above) between characters drawn
   * from the 2,500 most used range, so that unrelated texts share some 3-grams, as real ones do, but few.
   */
  private String text() {
    StringBuilder s = new StringBuilder();
    while (s.length() < 400) {
      int words = 6 + random.nextInt(10);
      for (int w = 0; w < words; w++) {
        if (random.nextInt(3) == 0) {
          int at = random.nextInt(WORDS.length() / 2) * 2;
          s.append(WORDS, at, at + 2);
        } else {
          s.append((char) (0x4E00 + random.nextInt(2500))).append((char) (0x4E00 + random.nextInt(2500)));
        }
      }
      s.append(random.nextInt(100)).append('。');
    }
    return s.toString();
  }
}
