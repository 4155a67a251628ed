package org.publicitydesk.adoption.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MediaOutletRepository extends JpaRepository<MediaOutletEntity, Long> {

  List<MediaOutletEntity> findAllByOrderByLevelAscNameAsc();

  /** Asked per recorded adoption: JPQL, whose plan Hibernate keeps (a derived query's is built at each call). */
  @Query("select o from MediaOutletEntity o where o.name = :name")
  Optional<MediaOutletEntity> findByName(String name);
}
