package org.publicitydesk.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The FEEL engine that parses each text once answers as Camunda's own, for every value evaluated with the same text,
 * fails as it does, and is the one the application's engine evaluates its DMN tables with.
 */
@PublicityDeskTest
class ParsedFeelEngineTest {

  private final ScalaFeelEngine camunda = new ScalaFeelEngine(List.of());
  private final ParsedFeelEngine parsedOnce = new ParsedFeelEngine(List.of());

  @Autowired
  ProcessEngine engine;

  @Test
  void unaryTestsAnswerAsCamundasForEachInput() {
    List<String> tests = List.of("\"ORDINARY\"", "\"MAJOR\",\"LEADERSHIP\"", "not(\"ORDINARY\")", "-", ">= 3",
        "[1..5]", "< 2.5", "null", "date(\"2026-03-01\")", "> limit");
    List<Object> inputs = java.util.Arrays.asList("ORDINARY", "MAJOR", "LEADERSHIP", 0, 3, 5, 7, 2.4, null,
        LocalDate.of(2026, 3, 1));
    int matches = 0;
    for (String test : tests) {
      for (Object input : inputs) {
        VariableContext variables = Variables.createVariables().putValue("cellInput", input).putValue("limit", 4)
            .asVariableContext();
        Object expected = outcome(() -> camunda.evaluateSimpleUnaryTests(test, "cellInput", variables));
        // twice: the second evaluation takes the kept parse
        assertThat(outcome(() -> parsedOnce.evaluateSimpleUnaryTests(test, "cellInput", variables)))
            .as("%s with %s", test, input).isEqualTo(expected);
        assertThat(outcome(() -> parsedOnce.evaluateSimpleUnaryTests(test, "cellInput", variables)))
            .as("%s with %s, again", test, input).isEqualTo(expected);
        matches += Boolean.TRUE.equals(expected) ? 1 : 0;
      }
    }
    // the inputs make the tests both match and not match
    assertThat(matches).isBetween(10, 80);
  }

  @Test
  void expressionsAnswerAsCamundasForEachValue() {
    List<String> expressions = List.of("itemClass", "x + 1", "true", "x > 2 and itemClass = \"MAJOR\"",
        "if x < 3 then \"少\" else \"多\"", "string length(itemClass)");
    for (String expression : expressions) {
      for (Map<String, Object> values : List.<Map<String, Object>>of(Map.of("itemClass", "MAJOR", "x", 3),
          Map.of("itemClass", "ORDINARY", "x", 1))) {
        VariableContext variables = Variables.fromMap(values).asVariableContext();
        Object expected = outcome(() -> camunda.evaluateSimpleExpression(expression, variables));
        assertThat(outcome(() -> parsedOnce.evaluateSimpleExpression(expression, variables)))
            .as("%s with %s", expression, values).isEqualTo(expected);
        assertThat(outcome(() -> parsedOnce.evaluateSimpleExpression(expression, variables)))
            .as("%s with %s, again", expression, values).isEqualTo(expected);
      }
    }
    assertThat(parsedOnce.evaluateSimpleExpression("x + 1", Variables.createVariables().putValue("x", 41)
        .asVariableContext()).toString()).isEqualTo("42");
  }

  @Test
  void aTextThatDoesNotParseOrEvaluateFailsAsInCamundasEngine() {
    VariableContext variables = Variables.createVariables().putValue("x", 1).asVariableContext();
    for (String broken : List.of("x +", "\"unclosed", "[1..", "x = = 1")) {
      String expected = failure(() -> camunda.evaluateSimpleExpression(broken, variables));
      assertThat(failure(() -> parsedOnce.evaluateSimpleExpression(broken, variables))).isEqualTo(expected);
    }
    // parses, fails when evaluated: a function that does not exist
    String expected = failure(() -> camunda.evaluateSimpleExpression("no such function(x)", variables));
    assertThat(failure(() -> parsedOnce.evaluateSimpleExpression("no such function(x)", variables)))
        .isEqualTo(expected).contains("no such function");
  }

  @Test
  void theEngineEvaluatesItsTablesWithIt() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(ParsedFeelEngine.class);
    assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY))
        .isEqualTo(EngineSettingsPlugin.JDK_DATATYPE_FACTORY);
    assertThat(DatatypeFactory.newDefaultInstance().getClass().getName())
        .isEqualTo(EngineSettingsPlugin.JDK_DATATYPE_FACTORY);
  }

  private static Object outcome(java.util.function.Supplier<Object> evaluation) {
    try {
      return evaluation.get();
    } catch (FeelException e) {
      return "failed: " + e.getMessage();
    }
  }

  private static String failure(Runnable evaluation) {
    assertThatThrownBy(evaluation::run).isInstanceOf(FeelException.class);
    try {
      evaluation.run();
      return null;
    } catch (FeelException e) {
      return e.getMessage();
    }
  }
}
