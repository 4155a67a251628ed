package org.publicitydesk.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeadingGroupMemberRepository extends JpaRepository<LeadingGroupMemberEntity, Long> {

  List<LeadingGroupMemberEntity> findAllByOrderBySortOrder();
}
