package org.publicitydesk.opinion.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpinionReportRepository extends JpaRepository<OpinionReportEntity, Long> {

  Optional<OpinionReportEntity> findByProcessInstanceId(String processInstanceId);

  Optional<OpinionReportEntity> findByExternalId(String externalId);
}
