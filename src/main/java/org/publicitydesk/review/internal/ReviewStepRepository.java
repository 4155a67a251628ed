package org.publicitydesk.review.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewStepRepository extends JpaRepository<ReviewStepEntity, Long> {

  /**
   * An article's review record, oldest first. Asked at every step: a JPQL string, whose plan Hibernate keeps, rather
   * than a derived query, whose criteria tree Hibernate 6.6 interprets again at each call (issue 17).
   */
  @Query("select s from ReviewStepEntity s where s.articleId = :articleId order by s.decidedAt, s.id")
  List<ReviewStepEntity> findByArticleIdOrderByDecidedAtAscIdAsc(Long articleId);

  /** The steps of these kinds (e.g. the review levels) of these articles, by article, oldest first. */
  List<ReviewStepEntity> findByArticleIdInAndStepInOrderByArticleIdAscDecidedAtAscIdAsc(
      java.util.Collection<Long> articleIds, java.util.Collection<String> steps);

  /** 已办: the tasks a person completed, newest first. */
  List<ReviewStepEntity> findTop100ByActorAndTaskIdNotNullOrderByDecidedAtDescIdDesc(String actor);
}
