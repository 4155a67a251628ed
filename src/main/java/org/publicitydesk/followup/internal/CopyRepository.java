package org.publicitydesk.followup.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CopyRepository extends JpaRepository<CopyEntity, Long> {

  List<CopyEntity> findTop200ByToUserOrderByCopiedAtDescIdDesc(String toUser);
}
