package org.publicitydesk.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R4: every cell of the points table (level × length × placement) through the DMN, with the plan's figures. */
class AdoptionPointsTableTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static DmnDecision table;

  @BeforeAll
  static void parse() throws Exception {
    try (InputStream in = AdoptionPointsTableTest.class.getClassLoader()
        .getResourceAsStream("META-INF/bpm/processes/AdoptionPoints.dmn")) {
      table = DMN.parseDecision("AdoptionPoints", in);
    }
  }

  @ParameterizedTest(name = "{0} {1} {2} → {3} + {4}")
  @CsvSource({
      "NATIONAL,   LONG,  NONE,                101, 0",
      "NATIONAL,   LONG,  FRONT_PAGE_HEADLINE, 101, 40",
      "NATIONAL,   LONG,  OTHER_PAGE_HEADLINE, 101, 20",
      "NATIONAL,   BRIEF, NONE,                50,  0",
      "NATIONAL,   BRIEF, FRONT_PAGE_HEADLINE, 50,  40",
      "NATIONAL,   BRIEF, OTHER_PAGE_HEADLINE, 50,  20",
      "PROVINCIAL, LONG,  NONE,                80,  0",
      "PROVINCIAL, LONG,  FRONT_PAGE_HEADLINE, 80,  30",
      "PROVINCIAL, LONG,  OTHER_PAGE_HEADLINE, 80,  15",
      "PROVINCIAL, BRIEF, NONE,                40,  0",
      "PROVINCIAL, BRIEF, FRONT_PAGE_HEADLINE, 40,  30",
      "PROVINCIAL, BRIEF, OTHER_PAGE_HEADLINE, 40,  15",
      "CITY,       LONG,  NONE,                60,  0",
      "CITY,       LONG,  FRONT_PAGE_HEADLINE, 60,  20",
      "CITY,       LONG,  OTHER_PAGE_HEADLINE, 60,  10",
      "CITY,       BRIEF, NONE,                30,  0",
      "CITY,       BRIEF, FRONT_PAGE_HEADLINE, 30,  20",
      "CITY,       BRIEF, OTHER_PAGE_HEADLINE, 30,  10",
      "DISTRICT,   LONG,  NONE,                40,  0",
      "DISTRICT,   LONG,  FRONT_PAGE_HEADLINE, 40,  10",
      "DISTRICT,   LONG,  OTHER_PAGE_HEADLINE, 40,  5",
      "DISTRICT,   BRIEF, NONE,                20,  0",
      "DISTRICT,   BRIEF, FRONT_PAGE_HEADLINE, 20,  10",
      "DISTRICT,   BRIEF, OTHER_PAGE_HEADLINE, 20,  5"})
  void givesThePointsOfThePlan(String level, String length, String placement, int base, int bonus) {
    DmnDecisionResult result = DMN.evaluateDecision(table,
        Map.of("mediaLevel", level, "length", length, "placement", placement));
    assertThat(result.getSingleResult().getEntryMap())
        .containsEntry("basePoints", base).containsEntry("headlineBonus", bonus);
  }
}
