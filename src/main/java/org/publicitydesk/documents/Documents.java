package org.publicitydesk.documents;

import java.util.List;
import java.util.Optional;

/** The document store: checks and keeps Word articles and photos, and gives them back. */
public interface Documents {

  /** Checks a Word article (R10.2) and stores it with its text; throws {@link DocumentRejected}. */
  StoredDocument storeWord(Upload upload, String processInstanceId, String uploadedBy);

  /** Checks a photo (JPEG or PNG) and stores it with its caption (R10.3); throws {@link DocumentRejected}. */
  StoredDocument storePhoto(Upload upload, String caption, String processInstanceId, String uploadedBy);

  /** Checks and keeps the proof of an adoption: a JPEG/PNG screenshot or a PDF of the page. */
  StoredDocument storeEvidence(Upload upload, String processInstanceId, String uploadedBy);

  /**
   * Checks and keeps the material of a meeting or training session (R12): a Word document (checked like an article),
   * a real PDF or a PowerPoint presentation (.pptx); throws {@link DocumentRejected} with a Chinese message.
   */
  StoredDocument storeMaterial(Upload upload, String uploadedBy);

  /** Keeps text typed into a form as a document of its own, with its word count. */
  StoredDocument storeText(String text, String processInstanceId, String uploadedBy);

  Optional<StoredDocument> find(String id);

  List<StoredDocument> ofProcessInstance(String processInstanceId);

  /** The extracted text of a Word article (empty for photos). */
  String text(String id);

  /** The extracted texts of several documents by id, read together (ids without text map to ""). */
  java.util.Map<String, String> texts(java.util.Collection<String> ids);

  byte[] content(String id);

  /** Text extracted from a document, with its word count (Chinese characters plus Latin words). */
  record ExtractedText(String text, int wordCount) {
  }
}
