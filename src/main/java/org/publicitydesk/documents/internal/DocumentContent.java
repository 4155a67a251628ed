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

  String text(String documentId) {
    List<String> rows = jdbc.query("select text from pd_document_content where document_id = ?",
        (rs, i) -> rs.getString(1), documentId);
    return rows.isEmpty() || rows.get(0) == null ? "" : rows.get(0);
  }
}
