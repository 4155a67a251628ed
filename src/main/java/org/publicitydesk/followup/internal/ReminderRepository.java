package org.publicitydesk.followup.internal;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderRepository extends JpaRepository<ReminderEntity, Long> {

  boolean existsByArticleIdAndWorkingDay(Long articleId, LocalDate workingDay);
}
