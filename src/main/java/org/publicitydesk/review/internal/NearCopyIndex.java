package org.publicitydesk.review.internal;

import java.util.Arrays;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * R2.3: the stored MinHash band keys of community documents ({@code pd_near_copy_band}, {@link MinHash}), so that the
 * candidates of a near-copy check are found by a lookup whose cost does not grow with the articles in the window
 * ({@link ArticleRepository#nearCopyCandidates}).
 */
@Component
class NearCopyIndex {

  private final NamedParameterJdbcTemplate jdbc;

  NearCopyIndex(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
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
