package org.publicitydesk.review.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewStepRepository extends JpaRepository<ReviewStepEntity, Long> {

  List<ReviewStepEntity> findByArticleIdOrderByDecidedAtAscIdAsc(Long articleId);

  /** The steps of these kinds (e.g. the review levels) of these articles, by article, oldest first. */
  List<ReviewStepEntity> findByArticleIdInAndStepInOrderByArticleIdAscDecidedAtAscIdAsc(
      java.util.Collection<Long> articleIds, java.util.Collection<String> steps);

  /** 已办: the tasks a person completed, newest first. */
  List<ReviewStepEntity> findTop100ByActorAndTaskIdNotNullOrderByDecidedAtDescIdDesc(String actor);
}
