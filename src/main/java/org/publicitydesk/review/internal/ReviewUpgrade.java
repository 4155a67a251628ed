package org.publicitydesk.review.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.review.ArticleStatus;
import org.publicitydesk.security.ProcessUnits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the articles of an earlier installation running across the change of issue 14, at every start-up (a no-op
 * once done): gives each live article its review state (route from the ReviewRouting table, the levels that approved
 * its current revision and its last decision, from its review record), fixes the unit of its process instance from the
 * article, and migrates instances of earlier {@code ArticleReview} versions to the deployed one with Camunda's
 * migration API (the task ids are the same, so each waits where it waited).
 */
@Component
@Order(1)
class ReviewUpgrade implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewUpgrade.class);

  private final ArticleRepository articles;
  private final ReviewStepRepository steps;
  private final ReviewRouting routing;
  private final ProcessUnits units;
  private final RepositoryService repository;
  private final RuntimeService runtime;

  ReviewUpgrade(ArticleRepository articles, ReviewStepRepository steps, ReviewRouting routing, ProcessUnits units,
      RepositoryService repository, RuntimeService runtime) {
    this.articles = articles;
    this.steps = steps;
    this.routing = routing;
    this.units = units;
    this.repository = repository;
    this.runtime = runtime;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    int articlesUpgraded = reviewState();
    int migrated = migrateInstances();
    if (articlesUpgraded + migrated > 0) {
      LOG.info("升级: {} 篇稿件补记审核状态, {} 个审核流程实例迁移到最新版本", articlesUpgraded, migrated);
    }
  }

  int reviewState() {
    List<ArticleEntity> live = articles.findByStatusInAndProcessInstanceIdNotNullAndLastDecisionIsNull(
        List.of(ArticleStatus.IN_REVIEW, ArticleStatus.RETURNED));
    Map<String, String> instanceUnits = new HashMap<>();
    for (ArticleEntity a : live) {
      ReviewRouting.Route route = routing.of(a.itemClass);
      a.route(route.needsSupervisor(), route.needsPrincipal());
      List<ReviewStepEntity> record = steps.findByArticleIdOrderByDecidedAtAscIdAsc(a.id);
      a.approvedLevel = (int) record.stream().filter(s -> s.revision == a.revision && s.decision == StepDecision.APPROVED)
          .count();
      a.lastDecision = record.isEmpty() ? ReviewDecision.SUBMITTED
          : ReviewDecision.valueOf(record.get(record.size() - 1).decision.name());
      instanceUnits.put(a.processInstanceId, a.unitCode);
    }
    units.fixMissing(instanceUnits);
    return live.size();
  }

  int migrateInstances() {
    ProcessDefinition latest = repository.createProcessDefinitionQuery()
        .processDefinitionKey(ArticleReviewProcess.KEY).latestVersion().singleResult();
    if (latest == null) {
      return 0;
    }
    int migrated = 0;
    for (ProcessDefinition old : repository.createProcessDefinitionQuery().processDefinitionKey(ArticleReviewProcess.KEY)
        .list()) {
      long running = runtime.createProcessInstanceQuery().processDefinitionId(old.getId()).count();
      if (old.getId().equals(latest.getId()) || running == 0) {
        continue;
      }
      MigrationPlan plan = runtime.createMigrationPlan(old.getId(), latest.getId()).mapEqualActivities()
          .updateEventTriggers().build();
      runtime.newMigration(plan).processInstanceQuery(runtime.createProcessInstanceQuery()
          .processDefinitionId(old.getId())).execute();
      migrated += (int) running;
    }
    return migrated;
  }
}
