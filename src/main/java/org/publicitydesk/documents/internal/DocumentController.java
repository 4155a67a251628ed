package org.publicitydesk.documents.internal;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.HistoryService;
import org.publicitydesk.documents.Documents;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.security.CurrentUser;
import org.publicitydesk.documents.StoredDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/documents/{id}}: the file, for whoever may see the process instance it belongs to — the check is
 * Camunda's own authorization on the historic instance, run as the requesting user.
 */
@RestController
class DocumentController {

  private final Documents documents;
  private final HistoryService history;
  private final CurrentUser user;

  DocumentController(Documents documents, HistoryService history, CurrentUser user) {
    this.documents = documents;
    this.history = history;
    this.user = user;
  }

  @GetMapping("/api/documents/{id}")
  ResponseEntity<byte[]> download(@PathVariable String id, @RequestParam(defaultValue = "false") boolean inline) {
    StoredDocument document = documents.find(id).filter(this::visible)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "文档 " + id + " 不存在或您无权查看"));
    ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
        .filename(document.filename(), StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(documents.content(id));
  }

  private boolean visible(StoredDocument document) {
    if (user.id() == null) {
      return false;
    }
    if (document.processInstanceId() == null) {
      // documents of imported records: the offices that oversee all units
      return user.isInAny(Groups.EDITORIAL, Groups.PRINCIPALS, Groups.ADMIN);
    }
    // runs with the caller's authentication (set by the /api filter): Camunda's authorizations decide
    return history.createHistoricProcessInstanceQuery().processInstanceId(document.processInstanceId()).count() > 0;
  }
}
