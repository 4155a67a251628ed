package org.publicitydesk.review.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * R2.3: the stored MinHash band keys of community documents ({@code pd_near_copy_band}, {@link MinHash}), so that the
 * candidates of a near-copy check are found by a lookup whose cost does not grow with the articles in the window
 * ({@link #lookup}).
 */
@Component
class NearCopyIndex {

  /** More documents than this sharing a band key make it common (boilerplate, {@link #sharingBands}). */
  static final int COMMON_KEY = 50;
  /** The most (key, document) pairs asked about in one statement; beyond, the common keys' rows are read. */
  static final int MAX_ASKED = 256;

  private final NamedParameterJdbcTemplate jdbc;
  /**
   * Band keys seen shared by more than {@value #COMMON_KEY} documents. Only ever grows (a document's bands stay in the
   * index), and a key learnt here changes what a look-up costs, never what it finds.
   */
  private final java.util.Set<Long> common = java.util.concurrent.ConcurrentHashMap.newKeySet();

  NearCopyIndex(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What one check needs of the window (plain JDBC: no flush of the persistence context first): articles by id with
   * their document ids.
   *
   * @param unindexed community articles of the window whose documents are not indexed yet (stored before the index
   *     existed, or a unit that has become a community: listed in {@code pd_near_copy_pending}, see {@link #markPending}),
   *     in the order of their ids
   * @param candidates community articles of the window whose documents share at least {@code minShared} bands
   */
  record Lookup(Map<Long, String> unindexed, Map<Long, String> candidates) {
  }

  Lookup lookup(Instant from, Instant to, Collection<String> units, long[] bandKeys, int minShared) {
    Lookup lookup = new Lookup(new java.util.TreeMap<>(), new java.util.TreeMap<>());
    // the articles by their keys (the few pending ones, the candidates' documents) and the window applied here: with
    // the window in the query, H2 went through every article of the window's units and tested each (issue 17)
    Window window = new Window(from, to, new java.util.HashSet<>(units));
    String article = "select a.id, a.document_id, a.unit_code, a.submitted_at, a.status from pd_article a";
    int[] seen = {0};
    jdbc.query(article + " join pd_near_copy_pending p on p.article_id = a.id", row -> {
      seen[0]++;
      window.into(lookup.unindexed()).processRow(row);
    });
    if (seen[0] > lookup.unindexed().size()) {
      // pending articles that no check will compare again: before the window (it only moves on), withdrawn,
      // without a document, indexed meanwhile, or of a unit that is no community now (an organisation load lists
      // them again if it becomes one); after an upgrade the whole history is listed once
      jdbc.update("delete from pd_near_copy_pending where article_id in (select a.id from pd_article a"
          + " join pd_near_copy_pending p on p.article_id = a.id where a.submitted_at < :from"
          + " or a.unit_code not in (:units) or a.status = 'WITHDRAWN' or a.document_id is null"
          + " or exists (select 1 from pd_near_copy_document d where d.document_id = a.document_id))",
          Map.of("from", Timestamp.from(from), "units", units));
    }
    List<String> documents = sharingBands(bandKeys, minShared);
    if (!documents.isEmpty()) {
      jdbc.query(article + " where a.document_id in (:documents)", Map.of("documents", documents),
          window.into(lookup.candidates()));
    }
    return lookup;
  }

  /** The near-copy window: articles of these units submitted in it, not withdrawn. */
  private record Window(Instant from, Instant to, java.util.Set<String> units) {

    /**
     * Puts each article of a row ({@code id, document_id, unit_code, submitted_at, status}) that is in the window and
     * has a document.
     */
    org.springframework.jdbc.core.RowCallbackHandler into(Map<Long, String> articles) {
      return row -> {
        Instant at = row.getTimestamp(4).toInstant();
        if (units.contains(row.getString(3)) && !at.isBefore(from) && !at.isAfter(to)
            && !"WITHDRAWN".equals(row.getString(5)) && row.getString(2) != null) {
          articles.put(row.getLong(1), row.getString(2));
        }
      };
    }
  }

  /**
   * The documents sharing at least {@code minShared} of these bands: the band rows of these keys (primary-key
   * look-ups), counted here. Grouped and counted in SQL ({@code group by document_id having count(*) >= ?}), H2 read
   * the bands through the document index to group them in order — every band of every indexed document, at each
   * department submission (issue 17: two thirds of the CPU of 2,000 lifecycles on four threads).
   *
   * <p>A key that more than {@value #COMMON_KEY} documents share comes from boilerplate (the same opening, the same
   * slogan), and its rows grow with the whole history (issue 17). Such keys, once seen ({@link #common}), are not
   * read row by row: the other keys are, and the documents that could reach {@code minShared} with the common keys'
   * help are asked which of those they have, in one statement ({@link #commonShared}). The answer is the same as
   * counting every row: a document with none of the other keys can reach {@code minShared} only when as many keys are
   * common, and then (or when too many documents would have to be asked) every key is read as before.
   */
  List<String> sharingBands(long[] bandKeys, int minShared) {
    if (bandKeys.length == 0) {
      return List.of();
    }
    List<Long> asked = Arrays.stream(bandKeys).boxed().toList();
    List<Long> commonAsked = asked.stream().filter(common::contains).toList();
    Map<String, Integer> shared = bandsPerDocument(commonAsked.size() >= minShared ? asked
        : asked.stream().filter(key -> !commonAsked.contains(key)).toList());
    List<String> near = shared.entrySet().stream().filter(e -> e.getValue() < minShared
        && e.getValue() + commonAsked.size() >= minShared).map(Map.Entry::getKey).toList();
    if (commonAsked.size() < minShared && !near.isEmpty()) {
      if (near.size() * commonAsked.size() <= MAX_ASKED) {
        commonShared(near, commonAsked).forEach((document, count) -> shared.merge(document, count, Integer::sum));
      } else {
        bandsPerDocument(commonAsked).forEach((document, count) -> shared.merge(document, count, Integer::sum));
      }
    }
    return shared.entrySet().stream().filter(e -> e.getValue() >= minShared).map(Map.Entry::getKey).sorted().toList();
  }

  /** How many of these band keys each document has, from their rows; a key found common is remembered. */
  private Map<String, Integer> bandsPerDocument(List<Long> keys) {
    Map<String, Integer> shared = new HashMap<>();
    if (keys.isEmpty()) {
      return shared;
    }
    Map<Long, Integer> rows = new HashMap<>();
    jdbc.query("select band_key, document_id from pd_near_copy_band where band_key in (:keys)", Map.of("keys", keys),
        row -> {
          rows.merge(row.getLong(1), 1, Integer::sum);
          shared.merge(row.getString(2), 1, Integer::sum);
        });
    rows.forEach((key, documents) -> {
      if (documents > COMMON_KEY) {
        common.add(key);
      }
    });
    return shared;
  }

  /** Whether a band key has been seen common ({@link #sharingBands}). */
  boolean common(long bandKey) {
    return common.contains(bandKey);
  }

  /**
   * How many of these (common) band keys each of these documents has: one statement of primary-key look-ups, a
   * (key, document) pair each. With {@code band_key in (…) and document_id in (…)}, H2 read every row of each key.
   */
  private Map<String, Integer> commonShared(List<String> documents, List<Long> keys) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder sql = new StringBuilder();
    for (int d = 0; d < documents.size(); d++) {
      params.put("d" + d, documents.get(d));
      for (int k = 0; k < keys.size(); k++) {
        sql.append(sql.length() == 0 ? "" : " union all ").append("select document_id from pd_near_copy_band")
            .append(" where band_key = :k").append(k).append(" and document_id = :d").append(d);
      }
    }
    for (int k = 0; k < keys.size(); k++) {
      params.put("k" + k, keys.get(k));
    }
    Map<String, Integer> shared = new HashMap<>();
    jdbc.query(sql.toString(), params, row -> {
      shared.merge(row.getString(1), 1, Integer::sum);
    });
    return shared;
  }

  /**
   * Marks the articles of these (community) units whose documents are not indexed, for the checks to index as they go:
   * after the organisation changed, a unit that has become a community brings its earlier articles (department
   * articles are not indexed when stored).
   */
  int markPending(Collection<String> units) {
    if (units.isEmpty()) {
      return 0;
    }
    return jdbc.update("insert into pd_near_copy_pending (article_id) select a.id from pd_article a"
        + " where a.unit_code in (:units) and a.document_id is not null"
        + " and not exists (select 1 from pd_near_copy_document d where d.document_id = a.document_id)"
        + " and not exists (select 1 from pd_near_copy_pending p where p.article_id = a.id)", Map.of("units", units));
  }

  /** These articles' documents are indexed now. */
  void indexed(Collection<Long> articleIds) {
    if (!articleIds.isEmpty()) {
      jdbc.update("delete from pd_near_copy_pending where article_id in (:ids)", Map.of("ids", articleIds));
    }
  }

  /** Stores a document's band keys once (a document's text never changes; a revision is a new document). */
  void add(String documentId, long[] bandKeys) {
    int inserted = jdbc.update("insert into pd_near_copy_document (document_id) select :id from (values (1)) v(x)"
        + " where not exists (select 1 from pd_near_copy_document where document_id = :id)", Map.of("id", documentId));
    if (inserted == 0) {
      return;
    }
    // one statement for all the keys of the document (a multi-row insert, on H2 and PostgreSQL alike)
    long[] keys = Arrays.stream(bandKeys).distinct().toArray();
    if (keys.length == 0) {
      return;
    }
    Map<String, Object> params = new java.util.HashMap<>(Map.of("id", documentId));
    StringBuilder sql = new StringBuilder("insert into pd_near_copy_band (band_key, document_id) values ");
    for (int i = 0; i < keys.length; i++) {
      sql.append(i == 0 ? "" : ", ").append("(:k").append(i).append(", :id)");
      params.put("k" + i, keys[i]);
    }
    jdbc.update(sql.toString(), params);
  }
}
