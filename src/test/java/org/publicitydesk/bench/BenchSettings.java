package org.publicitydesk.bench;

/**
 * Sizes of one benchmark run, from system properties ({@code -Dbench.*}); {@code bench.quick=true} makes every scenario
 * small (a check that the whole command works, not a measurement).
 */
record BenchSettings(boolean quick, String database, int lifecycles, int lifecycleThreads, int warmup,
    int rushInformants, int rushWindowSeconds, int rushHeads, int rushArticlesPerHead, int nearCopyArticles,
    int units, int informantsPerUnit, int articles, int opinionReports, int importChunk, int year, int grantRows) {

  static BenchSettings fromSystemProperties() {
    boolean quick = Boolean.getBoolean("bench.quick");
    return new BenchSettings(quick,
        System.getProperty("bench.db", "h2"),
        integer("bench.lifecycles", quick ? 60 : 2000),
        integer("bench.lifecycleThreads", 4),
        integer("bench.warmup", quick ? 50 : 200),
        integer("bench.rush.informants", quick ? 20 : 200),
        integer("bench.rush.windowSeconds", quick ? 10 : 60),
        integer("bench.rush.heads", quick ? 10 : 50),
        integer("bench.rush.articlesPerHead", 2),
        integer("bench.nearCopy.articles", quick ? 500 : 5000),
        integer("bench.city.units", quick ? 20 : 1000),
        integer("bench.city.informantsPerUnit", 3),
        integer("bench.city.articles", quick ? 1500 : 150_000),
        integer("bench.city.opinionReports", quick ? 2500 : 250_000),
        integer("bench.city.importChunk", 5000),
        integer("bench.city.year", 2025),
        integer("bench.grants.rows", quick ? 200_000 : 1_600_000));
  }

  private static int integer(String name, int fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
  }
}
