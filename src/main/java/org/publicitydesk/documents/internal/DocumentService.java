package org.publicitydesk.documents.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.publicitydesk.documents.DocumentKind;
import org.publicitydesk.documents.DocumentRejected;
import org.publicitydesk.documents.Documents;
import org.publicitydesk.documents.StoredDocument;
import org.publicitydesk.documents.Upload;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Documents} over pd_document and pd_document_content; joins the caller's transaction. */
@Service
@Transactional
class DocumentService implements Documents {

  private static final int MAX_CAPTION = 200;

  private final DocumentRepository repository;
  private final DocumentContent content;
  private final WordInspector words;
  private final PhotoInspector photos;
  private final MaterialInspector materials;

  DocumentService(DocumentRepository repository, DocumentContent content, WordInspector words, PhotoInspector photos,
      MaterialInspector materials) {
    this.materials = materials;
    this.repository = repository;
    this.content = content;
    this.words = words;
    this.photos = photos;
  }

  @Override
  public StoredDocument storeWord(Upload upload, String processInstanceId, String uploadedBy) {
    ExtractedText text = words.inspect(upload);
    DocumentEntity entity = entity(DocumentKind.WORD, upload, WordInspector.DOCX, processInstanceId, uploadedBy);
    entity.wordCount = text.wordCount();
    repository.saveAndFlush(entity);
    content.save(entity.id, upload.bytes(), text.text());
    return entity.toDocument();
  }

  @Override
  public StoredDocument storePhoto(Upload upload, String caption, String processInstanceId, String uploadedBy) {
    String type = photos.inspect(upload);
    if (caption == null || caption.isBlank()) {
      throw new DocumentRejected(upload.field(), "照片“" + upload.filename() + "”缺少说明文字(R10.3 每张照片须配说明)");
    }
    if (caption.length() > MAX_CAPTION) {
      throw new DocumentRejected(upload.field(), "照片说明不能超过 " + MAX_CAPTION + " 字");
    }
    DocumentEntity entity = entity(DocumentKind.PHOTO, upload, type, processInstanceId, uploadedBy);
    entity.caption = caption.strip();
    repository.saveAndFlush(entity);
    content.save(entity.id, upload.bytes(), null);
    return entity.toDocument();
  }

  @Override
  public StoredDocument storeEvidence(Upload upload, String processInstanceId, String uploadedBy) {
    byte[] bytes = upload.bytes() == null ? new byte[0] : upload.bytes();
    boolean pdf = bytes.length > 5 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-");
    String type;
    if (pdf) {
      if (bytes.length > words.maxBytes()) {
        throw new DocumentRejected(upload.field(), "证明材料超过 " + WordInspector.megabytes(words.maxBytes()) + " 上限");
      }
      type = "application/pdf";
    } else {
      try {
        type = photos.inspect(upload);
      } catch (DocumentRejected e) {
        throw new DocumentRejected(upload.field(), "证明材料应为 JPEG/PNG 截图或 PDF 文件:" + e.getMessage());
      }
    }
    DocumentEntity entity = entity(DocumentKind.EVIDENCE, upload, type, processInstanceId, uploadedBy);
    repository.saveAndFlush(entity);
    content.save(entity.id, bytes, null);
    return entity.toDocument();
  }

  @Override
  public StoredDocument storeMaterial(Upload upload, String uploadedBy) {
    MaterialInspector.Checked checked = materials.inspect(upload);
    DocumentEntity entity = entity(DocumentKind.MATERIAL, upload, checked.contentType(), null, uploadedBy);
    entity.wordCount = checked.text() == null ? null : checked.text().wordCount();
    repository.saveAndFlush(entity);
    content.save(entity.id, upload.bytes(), checked.text() == null ? null : checked.text().text());
    return entity.toDocument();
  }

  @Override
  public StoredDocument storeText(String text, String processInstanceId, String uploadedBy) {
    String stripped = text.strip();
    byte[] bytes = stripped.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    DocumentEntity entity = entity(DocumentKind.TEXT, new Upload("content", "正文.txt", "text/plain", bytes),
        "text/plain;charset=UTF-8", processInstanceId, uploadedBy);
    entity.wordCount = WordInspector.measure(stripped).wordCount();
    repository.saveAndFlush(entity);
    content.save(entity.id, bytes, stripped);
    return entity.toDocument();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<StoredDocument> find(String id) {
    return repository.findById(id).map(DocumentEntity::toDocument);
  }

  @Override
  @Transactional(readOnly = true)
  public List<StoredDocument> ofProcessInstance(String processInstanceId) {
    return repository.findByProcessInstanceIdOrderByUploadedAt(processInstanceId).stream()
        .map(DocumentEntity::toDocument).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public String text(String id) {
    return content.text(id);
  }

  @Override
  public java.util.Map<String, String> texts(java.util.Collection<String> ids) {
    return content.texts(ids);
  }

  @Override
  @Transactional(readOnly = true)
  public byte[] content(String id) {
    return content.bytes(id);
  }

  private static DocumentEntity entity(DocumentKind kind, Upload upload, String contentType, String processInstanceId,
      String uploadedBy) {
    DocumentEntity entity = new DocumentEntity();
    entity.id = UUID.randomUUID().toString();
    entity.kind = kind;
    entity.filename = safeName(upload.filename());
    entity.contentType = contentType;
    entity.sizeBytes = upload.bytes().length;
    entity.sha256 = sha256(upload.bytes());
    entity.processInstanceId = processInstanceId;
    entity.uploadedBy = uploadedBy;
    entity.uploadedAt = Instant.now();
    return entity;
  }

  /** The file name without any path, control characters or quotes, at most 200 characters. */
  static String safeName(String filename) {
    String name = filename == null ? "document" : filename.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").strip();
    if (name.isEmpty()) {
      name = "document";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
