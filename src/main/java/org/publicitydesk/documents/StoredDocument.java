package org.publicitydesk.documents;

import java.time.Instant;

/** A document as stored; {@code wordCount} is set for Word articles, {@code caption} for photos. */
public record StoredDocument(String id, DocumentKind kind, String filename, String contentType, long sizeBytes,
    String sha256, Integer wordCount, String caption, String processInstanceId, String uploadedBy,
    Instant uploadedAt) {
}
