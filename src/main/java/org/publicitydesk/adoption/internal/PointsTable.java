package org.publicitydesk.adoption.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.publicitydesk.adoption.Length;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.adoption.Placement;
import org.publicitydesk.adoption.Points;
import org.publicitydesk.security.EngineAccess;
import org.springframework.stereotype.Component;

/**
 * The R4 points table {@code AdoptionPoints.dmn}, one per year (version tag = year): an adoption is scored with the
 * table of the year it was published, or — for a year without its own — the latest earlier year's (the earliest
 * table for years before any). Parsed tables are cached by definition id.
 */
@Component
class PointsTable {

  static final String KEY = "AdoptionPoints";

  private final RepositoryService repository;
  /** Our own DMN engine: computing points is not a business decision to record in the engine's history. */
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final EngineAccess access;
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();
  private final Map<String, Points> cells = new ConcurrentHashMap<>();

  PointsTable(RepositoryService repository, EngineAccess access) {
    this.repository = repository;
    this.access = access;
  }

  Points of(MediaLevel level, Length length, Placement placement, int year) {
    return cells().of(level, length, placement, year);
  }

  /** The points of many adoptions: the deployed tables are read once, not once per adoption (issue 17). */
  Cells cells() {
    List<DecisionDefinition> tables = tables();
    return (level, length, placement, year) -> cell(definitionFor(tables, year), level, length, placement, year);
  }

  /** The points of a cell of the table in force for a year. */
  @FunctionalInterface
  interface Cells {
    Points of(MediaLevel level, Length length, Placement placement, int year);
  }

  private Points cell(DecisionDefinition definition, MediaLevel level, Length length, Placement placement, int year) {
    // a deployed table never changes (a replacement is a new definition), so its answer per cell is kept
    return cells.computeIfAbsent(definition.getId() + "|" + level + "|" + length + "|" + placement, cell -> {
      DmnDecisionResultEntries row = evaluate(decisionFor(definition), level, length, placement);
      if (row == null) {
        throw new IllegalStateException("计分表 " + year + " 缺少 " + level + "/" + length + "/" + placement + " 一行");
      }
      return new Points(((Number) row.get("basePoints")).intValue(), ((Number) row.get("headlineBonus")).intValue());
    });
  }

  DmnDecisionResultEntries evaluate(DmnDecision decision, MediaLevel level, Length length, Placement placement) {
    return dmn.evaluateDecision(decision, Map.of("mediaLevel", level.name(), "length", length.name(),
        "placement", placement.name())).getSingleResult();
  }

  /** Parses a table without deploying it (to check an administrator's upload). */
  DmnDecision parse(InputStream in) {
    return dmn.parseDecision(KEY, in);
  }

  /** The definition used for a year: the latest version of the table tagged with that year, or the nearest before. */
  DecisionDefinition definitionFor(int year) {
    return definitionFor(tables(), year);
  }

  private List<DecisionDefinition> tables() {
    return access.asSystem(() -> repository.createDecisionDefinitionQuery().decisionDefinitionKey(KEY).list());
  }

  private static DecisionDefinition definitionFor(List<DecisionDefinition> tables, int year) {
    Comparator<DecisionDefinition> byYearThenVersion = Comparator.comparingInt(PointsTable::year)
        .thenComparingInt(DecisionDefinition::getVersion);
    return tables.stream().filter(d -> year(d) <= year).max(byYearThenVersion)
        .or(() -> tables.stream().min(Comparator.comparingInt(PointsTable::year))
            .flatMap(first -> tables.stream().filter(d -> year(d) == year(first)).max(byYearThenVersion)))
        .orElseThrow(() -> new IllegalStateException("没有部署计分表 " + KEY));
  }

  private DmnDecision decisionFor(DecisionDefinition definition) {
    return parsed.computeIfAbsent(definition.getId(), id -> access.asSystem(() -> {
      try (InputStream in = repository.getDecisionModel(id)) {
        return parse(in);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }));
  }

  static int year(DecisionDefinition definition) {
    try {
      return Integer.parseInt(definition.getVersionTag());
    } catch (NumberFormatException | NullPointerException e) {
      return Integer.MIN_VALUE;
    }
  }
}
