package org.publicitydesk.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<MembershipEntity, Long> {

  List<MembershipEntity> findByPersonId(String personId);

  List<MembershipEntity> findAllByOrderByUnitCodeAscPersonIdAsc();

  List<MembershipEntity> findByUnitCodeOrderByPersonIdAsc(String unitCode);
}
