package org.publicitydesk.documents.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bytes and extracted text of documents, through JDBC: the column types differ per database (BLOB/CLOB on H2,
 * BYTEA/TEXT on PostgreSQL), JDBC's setBytes/getString work on both.
 */
@Component
class DocumentContent {

  private final JdbcTemplate jdbc;

  DocumentContent(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void save(String documentId, byte[] bytes, String text) {
    jdbc.update("insert into pd_document_content (document_id, bytes, text) values (?, ?, ?)", documentId, bytes, text);
  }

  byte[] bytes(String documentId) {
    List<byte[]> rows = jdbc.query("select bytes from pd_document_content where document_id = ?",
        (rs, i) -> rs.getBytes(1), documentId);
    return rows.isEmpty() ? new byte[0] : rows.get(0);
  }

  /** Texts of many documents in statements of at most 500 ids each. */
  java.util.Map<String, String> texts(java.util.Collection<String> documentIds) {
    java.util.Map<String, String> texts = new java.util.HashMap<>();
    List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(documentIds));
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
      jdbc.query("select document_id, text from pd_document_content where document_id in ("
          + String.join(",", java.util.Collections.nCopies(part.size(), "?")) + ")",
          rs -> {
            texts.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2));
          }, part.toArray());
    }
    ids.forEach(id -> texts.putIfAbsent(id, ""));
    return texts;
  }

  String text(String documentId) {
    List<String> rows = jdbc.query("select text from pd_document_content where document_id = ?",
        (rs, i) -> rs.getString(1), documentId);
    return rows.isEmpty() || rows.get(0) == null ? "" : rows.get(0);
  }
}
