package org.publicitydesk.security;

import java.util.ArrayList;
import java.util.List;
// impl: an engine plugin that adds a parse listener: impl only (no public plugin API in Camunda 7)
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Adds {@link UnitAccessParseListener} to every deployed process, so that any process carrying a
 * {@code unitCode} is visible to its unit (and the unit's supervising leader), and only that unit's informants
 * start it.
 */
@Component
class UnitAccessPlugin extends AbstractProcessEnginePlugin {

  private final UnitAccessParseListener listener;

  UnitAccessPlugin(UnitAccessParseListener listener) {
    this.listener = listener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(listener);
    configuration.setCustomPostBPMNParseListeners(listeners);
    // historic instances and tasks are then protected per unit too (HISTORIC_* resources)
    configuration.setEnableHistoricInstancePermissions(true);
  }
}
