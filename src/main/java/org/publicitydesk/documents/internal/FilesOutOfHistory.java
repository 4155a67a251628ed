package org.publicitydesk.documents.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
// impl: an engine plugin that filters history events: impl only (no public API for it in Camunda 7)
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.publicitydesk.documents.OutOfHistory;
import org.springframework.stereotype.Component;

/**
 * Full history, except file variables: an uploaded .docx or photo passes through a process variable for an instant
 * (Tasklist's embedded forms send files that way) before the document store takes it; without this level the
 * bytes would stay in Camunda's history tables for ever. Nor the form views that modules declare
 * ({@link OutOfHistory}: recomputed from the application's tables at each step, a copy in history per step would
 * only cost statements, issue 17), nor a detail row per variable change in the processes whose modules record every
 * answer themselves (each variable's instance and last value stay in {@code ACT_HI_VARINST}), nor the passage through
 * an exclusive gateway: it waits for nothing and decides from what the tasks before it recorded, and the next
 * activity's row shows the way taken (issue 17: a row with eight indexes for each of the five gateways of an
 * article). Everything else is recorded as with history "full".
 */
@Component
class FilesOutOfHistory extends AbstractProcessEnginePlugin implements HistoryLevel {

  static final String NAME = "full-without-files";

  private final Set<String> views;
  private final Set<String> withoutDetail;

  FilesOutOfHistory(List<OutOfHistory> modules) {
    this.views = modules.stream().flatMap(v -> v.variableNames().stream()).collect(Collectors.toUnmodifiableSet());
    this.withoutDetail = modules.stream().flatMap(v -> v.processesWithoutVariableDetail().stream())
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomHistoryLevels(List.of(this));
    configuration.setHistory(NAME);
  }

  @Override
  public int getId() {
    return 30;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (entity instanceof VariableInstanceEntity variable
        && (ValueType.FILE.getName().equals(variable.getSerializerName()) || views.contains(variable.getName()))) {
      return false;
    }
    if (entity instanceof HistoricVariableUpdateEventEntity update && (views.contains(update.getVariableName())
        || eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
        && withoutDetail.contains(update.getProcessDefinitionKey()))) {
      return false;
    }
    if (entity instanceof ExecutionEntity execution && isActivityInstanceEvent(eventType)
        && passesThrough(execution.getActivity())) {
      return false;
    }
    return HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
  }

  private static boolean isActivityInstanceEvent(HistoryEventType eventType) {
    return eventType == HistoryEventTypes.ACTIVITY_INSTANCE_START || eventType == HistoryEventTypes.ACTIVITY_INSTANCE_END
        || eventType == HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE;
  }

  private static boolean passesThrough(ActivityImpl activity) {
    return activity != null && "exclusiveGateway".equals(activity.getProperty("type"));
  }
}
