package org.publicitydesk.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<UnitEntity, String> {

  List<UnitEntity> findByActiveTrueOrderByPosition();
}
