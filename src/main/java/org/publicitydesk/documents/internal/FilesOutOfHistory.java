package org.publicitydesk.documents.internal;

import java.util.List;
// impl: an engine plugin that filters history events: impl only (no public API for it in Camunda 7)
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * Full history, except file variables: an uploaded .docx or photo passes through a process variable for an instant
 * (Tasklist's embedded forms send files that way) before the document store takes it; without this level the
 * bytes would stay in Camunda's history tables for ever. Everything else is recorded as with history "full".
 */
@Component
class FilesOutOfHistory extends AbstractProcessEnginePlugin implements HistoryLevel {

  static final String NAME = "full-without-files";

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
        && ValueType.FILE.getName().equals(variable.getSerializerName())) {
      return false;
    }
    return HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
  }
}
