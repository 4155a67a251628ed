package org.publicitydesk.review.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewStepRepository extends JpaRepository<ReviewStepEntity, Long> {

  List<ReviewStepEntity> findByArticleIdOrderByDecidedAtAscIdAsc(Long articleId);
}
