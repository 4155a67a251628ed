package org.publicitydesk.adoption.internal;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.publicitydesk.adoption.Length;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.adoption.Placement;
import org.publicitydesk.adoption.Points;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.security.CurrentUser;
import org.publicitydesk.security.EngineAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The R4 points table as a versioned rulebook: {@code GET /api/points-table?year=Y} shows the table that scores year Y
 * (every level × length × placement, in Chinese); {@code PUT /api/points-table/{year}} (administrators) deploys a new
 * DMN table for a year after checking that it is a valid DMN with exactly one row for every combination. A refused
 * table changes nothing.
 */
@RestController
class PointsTableController {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/dmn";

  private final PointsTable table;
  private final RepositoryService repository;
  private final EngineAccess access;
  private final CurrentUser user;

  PointsTableController(PointsTable table, RepositoryService repository, EngineAccess access, CurrentUser user) {
    this.table = table;
    this.repository = repository;
    this.access = access;
    this.user = user;
  }

  record Row(MediaLevel mediaLevel, String levelLabel, Length length, String lengthLabel, Placement placement,
      String placementLabel, int basePoints, int headlineBonus, int total) {
  }

  record TableView(int year, String versionTag, int version, String deploymentId, List<Row> rows) {
  }

  static class TableRejected extends RuntimeException {
    final List<String> faults;

    TableRejected(List<String> faults) {
      super("计分表未通过检查,原计分表不变:" + String.join(";", faults.subList(0, Math.min(5, faults.size())))
          + (faults.size() > 5 ? "……" : ""));
      this.faults = faults;
    }
  }

  @GetMapping("/api/points-table")
  TableView view(@RequestParam int year) {
    DecisionDefinition definition = table.definitionFor(year);
    List<Row> rows = new ArrayList<>();
    for (MediaLevel level : MediaLevel.values()) {
      for (Length length : Length.values()) {
        for (Placement placement : Placement.values()) {
          Points p = table.of(level, length, placement, year);
          rows.add(new Row(level, level.label(), length, length.label(), placement, placement.label(), p.base(),
              p.bonus(), p.total()));
        }
      }
    }
    return new TableView(year, definition.getVersionTag(), definition.getVersion(), definition.getDeploymentId(), rows);
  }

  @PutMapping(path = "/api/points-table/{year}", consumes = {"application/xml", "text/xml", "application/octet-stream"})
  TableView replace(@PathVariable int year, @RequestBody byte[] dmn) {
    requireAdmin();
    if (year < 2000 || year > 2100) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "年份 " + year + " 无效");
    }
    check(dmn);
    String tagged = tagWithYear(dmn, year);
    access.asSystem(() -> repository.createDeployment().name(PointsTable.KEY + "-" + year)
        .addString(PointsTable.KEY + "-" + year + ".dmn", tagged).deploy());
    return view(year);
  }

  @ExceptionHandler(TableRejected.class)
  ProblemDetail rejected(TableRejected e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setTitle("计分表有误");
    problem.setProperty("faults", e.faults);
    return problem;
  }

  private void check(byte[] dmn) {
    DmnDecision decision;
    try {
      decision = table.parse(new ByteArrayInputStream(dmn));
    } catch (RuntimeException e) {
      throw new TableRejected(List.of("不是有效的 DMN 文件,或其中没有决策 " + PointsTable.KEY + ":" + e.getMessage()));
    }
    List<String> faults = new ArrayList<>();
    for (MediaLevel level : MediaLevel.values()) {
      for (Length length : Length.values()) {
        for (Placement placement : Placement.values()) {
          String cell = level.label() + "/" + length.label() + "/" + placement.label();
          try {
            DmnDecisionResultEntries row = table.evaluate(decision, level, length, placement);
            if (row == null) {
              faults.add("缺少 " + cell + " 一行");
            } else if (!(row.get("basePoints") instanceof Number base) || !(row.get("headlineBonus") instanceof Number bonus)
                || base.intValue() < 0 || bonus.intValue() < 0) {
              faults.add(cell + " 的 basePoints 和 headlineBonus 应为不小于 0 的整数");
            }
          } catch (RuntimeException e) {
            faults.add(cell + " 无法计算(可能有多行同时命中):" + e.getMessage());
          }
        }
      }
    }
    if (!faults.isEmpty()) {
      throw new TableRejected(faults);
    }
  }

  private static String tagWithYear(byte[] dmn, int year) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(dmn));
      var decisions = document.getElementsByTagNameNS("*", "decision");
      for (int i = 0; i < decisions.getLength(); i++) {
        Element decision = (Element) decisions.item(i);
        if (PointsTable.KEY.equals(decision.getAttribute("id"))) {
          decision.setAttributeNS(CAMUNDA_NS, "camunda:versionTag", String.valueOf(year));
          if (!decision.hasAttributeNS(CAMUNDA_NS, "historyTimeToLive")) {
            decision.setAttributeNS(CAMUNDA_NS, "camunda:historyTimeToLive", "P1825D");
          }
        }
      }
      StringWriter out = new StringWriter();
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toString();
    } catch (Exception e) {
      throw new TableRejected(List.of("无法读取 DMN 文件:" + e.getMessage()));
    }
  }

  private void requireAdmin() {
    user.requireAny("只有系统管理员可以更换计分表", Groups.ADMIN);
  }
}
