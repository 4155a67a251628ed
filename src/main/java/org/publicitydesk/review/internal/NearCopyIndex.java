package org.publicitydesk.review.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  private final NamedParameterJdbcTemplate jdbc;

  NearCopyIndex(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What one check needs of the window (plain JDBC: no flush of the persistence context first): articles by id with
   * their document ids.
   *
   * @param unindexed community articles of the window whose documents are not indexed yet (stored before the index
   *     existed, or a unit that has become a community), in the order of their ids
   * @param candidates community articles of the window whose documents share at least {@code minShared} bands
   */
  record Lookup(Map<Long, String> unindexed, Map<Long, String> candidates) {
  }

  Lookup lookup(Instant from, Instant to, Collection<String> units, long[] bandKeys, int minShared) {
    List<String> documents = sharingBands(bandKeys, minShared);
    String window = " a.submitted_at between :from and :to and a.unit_code in (:units) and a.status <> 'WITHDRAWN'";
    Map<String, Object> params = new HashMap<>(Map.of("from", Timestamp.from(from), "to", Timestamp.from(to),
        "units", units, "documents", documents.isEmpty() ? List.of("") : documents));
    Lookup lookup = new Lookup(new LinkedHashMap<>(), new LinkedHashMap<>());
    jdbc.query("select 0 as indexed, a.id, a.document_id from pd_article a where" + window
        + " and a.document_id is not null and not exists (select 1 from pd_near_copy_document d"
        + " where d.document_id = a.document_id)"
        + " union all select 1 as indexed, a.id, a.document_id from pd_article a where" + window
        + " and a.document_id in (:documents) order by 2", params, row -> {
          (row.getInt(1) == 0 ? lookup.unindexed() : lookup.candidates()).put(row.getLong(2), row.getString(3));
        });
    return lookup;
  }

  /**
   * The documents sharing at least {@code minShared} of these bands: the band rows of these keys (primary-key
   * look-ups), counted here. Grouped and counted in SQL ({@code group by document_id having count(*) >= ?}), H2 read
   * the bands through the document index to group them in order — every band of every indexed document, at each
   * department submission (issue 17: two thirds of the CPU of 2,000 lifecycles on four threads).
   */
  private List<String> sharingBands(long[] bandKeys, int minShared) {
    if (bandKeys.length == 0) {
      return List.of();
    }
    Map<String, Integer> shared = new HashMap<>();
    jdbc.query("select document_id from pd_near_copy_band where band_key in (:keys)",
        Map.of("keys", Arrays.stream(bandKeys).boxed().toList()),
        row -> {
          shared.merge(row.getString(1), 1, Integer::sum);
        });
    return shared.entrySet().stream().filter(e -> e.getValue() >= minShared).map(Map.Entry::getKey).sorted().toList();
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
