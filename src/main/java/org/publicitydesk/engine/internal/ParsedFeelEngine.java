package org.publicitydesk.engine.internal;

import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine (feel-scala), with each expression and each input entry parsed once: Camunda's own parses the
 * text at every evaluation, so each decision a process takes re-parsed every cell of its table (the routing table at
 * each article's start, the adoption points table at each adoption; a third of the decision's CPU in a profile). The
 * evaluation is feel-scala's own, with Camunda's context and value mappers; a text that does not parse is left to
 * Camunda's engine, which fails as before.
 */
final class ParsedFeelEngine extends ScalaFeelEngine {

  /** More distinct texts than this (the deployed tables' cells) are evaluated without keeping their parse. */
  static final int MAX_KEPT = 10_000;

  private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

  ParsedFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
    ParsedExpression parsed = parse(expressions, expression, feelEngine::parseExpression);
    if (parsed == null) {
      return super.evaluateSimpleExpression(expression, variables);
    }
    return (T) result(feelEngine.eval(parsed, context(new ContextVariableWrapper(variables))));
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
    ParsedExpression parsed = parse(unaryTests, expression, feelEngine::parseUnaryTests);
    if (parsed == null) {
      return super.evaluateSimpleUnaryTests(expression, inputVariable, variables);
    }
    VariableProvider input = new StaticVariableProvider(
        new camundajar.impl.scala.collection.immutable.Map.Map1<>(INPUT_VARIABLE_NAME, inputVariable));
    VariableProvider all = new CompositeVariableProvider(
        toScalaList(input, new ContextVariableWrapper(variables)));
    return BoxesRunTime.unboxToBoolean(result(feelEngine.eval(parsed, context(all))));
  }

  private static ParsedExpression parse(Map<String, ParsedExpression> kept, String text,
      Function<String, Either<Failure, ParsedExpression>> parser) {
    ParsedExpression parsed = kept.get(text);
    if (parsed != null) {
      return parsed;
    }
    Either<Failure, ParsedExpression> either = parser.apply(text);
    if (!(either instanceof Right<Failure, ParsedExpression> right)) {
      return null;
    }
    if (kept.size() < MAX_KEPT) {
      kept.put(text, right.value());
    }
    return right.value();
  }

  private static Context context(VariableProvider variables) {
    return new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return variables;
      }
    };
  }

  private static Object result(Either<Failure, Object> either) {
    if (either instanceof Right<Failure, Object> right) {
      return right.value();
    }
    throw LOGGER.evaluationException(either.left().get().message());
  }
}
