package org.publicitydesk.review.internal;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.publicitydesk.review.ItemClass;
import org.publicitydesk.security.EngineAccess;
import org.springframework.stereotype.Component;

/** R1.1–R1.3: the reviewers an item class needs after its unit head, from the DMN table {@code ReviewRouting}. */
@Component
class ReviewRouting {

  static final String DECISION = "ReviewRouting";

  private final DecisionService decisions;
  private final EngineAccess engine;

  ReviewRouting(DecisionService decisions, EngineAccess engine) {
    this.decisions = decisions;
    this.engine = engine;
  }

  record Route(boolean needsSupervisor, boolean needsPrincipal) {
  }

  Route of(ItemClass itemClass) {
    DmnDecisionResultEntries row = engine.asSystem(() -> decisions.evaluateDecisionByKey(DECISION)
        .variables(Map.of("itemClass", itemClass.name())).evaluate().getSingleResult());
    return new Route(Boolean.TRUE.equals(row.get("needsSupervisor")), Boolean.TRUE.equals(row.get("needsPrincipal")));
  }
}
