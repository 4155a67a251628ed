package org.publicitydesk.documents.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<DocumentEntity, String> {

  List<DocumentEntity> findByProcessInstanceIdOrderByUploadedAt(String processInstanceId);
}
