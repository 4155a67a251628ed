package org.publicitydesk.security;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Instances started before {@link ProcessUnits} existed get their unit from the {@code unitCode} they started with,
 * after the modules that know better (the review module takes the article's unit) have fixed theirs.
 */
@Component
@Order(2)
class ProcessUnitsUpgrade implements ApplicationRunner {

  private final RuntimeService runtime;
  private final ProcessUnits units;

  ProcessUnitsUpgrade(RuntimeService runtime, ProcessUnits units) {
    this.runtime = runtime;
    this.units = units;
  }

  @Override
  public void run(ApplicationArguments args) {
    Map<String, String> started = new HashMap<>();
    for (VariableInstance v : runtime.createVariableInstanceQuery().variableName(UnitAccess.UNIT_CODE)
        .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
      if (v.getValue() instanceof String unit && v.getProcessInstanceId() != null
          && units.unitOf(v.getProcessInstanceId()).isEmpty()) {
        started.put(v.getProcessInstanceId(), unit);
      }
    }
    units.fixMissing(started);
  }
}
