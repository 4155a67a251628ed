package org.publicitydesk.documents.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.publicitydesk.documents.DocumentKind;
import org.publicitydesk.documents.StoredDocument;

/** Metadata of a stored document; its bytes and text are in pd_document_content ({@link DocumentContent}). */
@Entity
@Table(name = "pd_document")
class DocumentEntity {

  @Id
  String id;
  @Enumerated(EnumType.STRING)
  DocumentKind kind;
  String filename;
  String contentType;
  @Column(name = "size_bytes")
  long sizeBytes;
  String sha256;
  Integer wordCount;
  String caption;
  String processInstanceId;
  String uploadedBy;
  Instant uploadedAt;

  StoredDocument toDocument() {
    return new StoredDocument(id, kind, filename, contentType, sizeBytes, sha256, wordCount, caption,
        processInstanceId, uploadedBy, uploadedAt);
  }
}
