package org.publicitydesk.leads.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeadRepository extends JpaRepository<LeadEntity, Long> {

  Optional<LeadEntity> findByProcessInstanceId(String processInstanceId);

  List<LeadEntity> findAllByOrderByDeadlineDesc();

  List<LeadEntity> findByStatusOrderByDeadline(LeadStatus status);
}
