package org.publicitydesk.adoption.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MediaOutletRepository extends JpaRepository<MediaOutletEntity, Long> {

  List<MediaOutletEntity> findAllByOrderByLevelAscNameAsc();

  Optional<MediaOutletEntity> findByName(String name);
}
