package org.publicitydesk.security;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
// impl: parse listeners and the task definitions they change are impl only (no public API at deployment)
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/** Attaches {@link UnitAccess} to the start of every process and the creation of every user task. */
@Component
class UnitAccessParseListener extends AbstractBpmnParseListener {

  private final UnitAccess unitAccess;

  UnitAccessParseListener(UnitAccess unitAccess) {
    this.unitAccess = unitAccess;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    ExecutionListener onStart = unitAccess::onProcessStart;
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, onStart);
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, unitAccess::onTaskCreate);
    }
  }
}
