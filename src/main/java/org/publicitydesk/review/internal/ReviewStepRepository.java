package org.publicitydesk.review.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewStepRepository extends JpaRepository<ReviewStepEntity, Long> {

  List<ReviewStepEntity> findByArticleIdOrderByDecidedAtAscIdAsc(Long articleId);

  /** 已办: the tasks a person completed, newest first. */
  List<ReviewStepEntity> findTop100ByActorAndTaskIdNotNullOrderByDecidedAtDescIdDesc(String actor);
}
