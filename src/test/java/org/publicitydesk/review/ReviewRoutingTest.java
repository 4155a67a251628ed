package org.publicitydesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The routing table alone (R1.1–R1.3): which reviewers follow the unit head, per item class. */
class ReviewRoutingTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  @ParameterizedTest
  @CsvSource({
      "ORDINARY,   false, false",
      "MAJOR,      true,  false",
      "LEADERSHIP, true,  true"})
  void routesEachItemClass(String itemClass, boolean needsSupervisor, boolean needsPrincipal) throws Exception {
    DmnDecisionResult result = evaluate(itemClass);
    assertThat(result.getSingleResult().getEntryMap())
        .containsExactlyInAnyOrderEntriesOf(Map.of("needsSupervisor", needsSupervisor, "needsPrincipal", needsPrincipal));
  }

  @Test
  void anUnknownClassMatchesNothing() throws Exception {
    assertThat(evaluate("URGENT").isEmpty()).isTrue();
  }

  private static DmnDecisionResult evaluate(String itemClass) throws Exception {
    try (InputStream in = ReviewRoutingTest.class.getClassLoader()
        .getResourceAsStream("META-INF/bpm/processes/ReviewRouting.dmn")) {
      DmnDecision decision = DMN.parseDecision("ReviewRouting", in);
      return DMN.evaluateDecision(decision, Map.of("itemClass", itemClass));
    }
  }
}
