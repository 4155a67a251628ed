package org.publicitydesk.meetings.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<MeetingEntity, Long> {

  List<MeetingEntity> findByHeldOnBetweenOrderByHeldOnAscIdAsc(LocalDate from, LocalDate to);

  List<MeetingEntity> findAllByOrderByHeldOnDescIdDesc();

  @Query("select distinct m from MeetingEntity m join m.attendees a where a = ?1 order by m.heldOn desc, m.id desc")
  List<MeetingEntity> attendedBy(String personId);
}
