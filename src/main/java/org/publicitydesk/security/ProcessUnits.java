package org.publicitydesk.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.publicitydesk.organization.Groups;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The unit a process instance belongs to, fixed when it starts (issue 14): {@link UnitAccess} checks the unit code a
 * person sent against the units the signed-in user is an informant of, and stores it here. Grants and candidate groups
 * read it from here ({@code ${processUnits.heads(execution)}} in BPMN), never from the {@code unitCode} variable. The
 * fact never changes, so it is cached.
 */
@Component("processUnits")
public class ProcessUnits {

  private final JdbcTemplate jdbc;
  private final Map<String, String> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > 20_000;
    }
  });

  ProcessUnits(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the unit of an instance that has none yet (at its start, or for instances started before this table). */
  public void fix(String processInstanceId, String unitCode) {
    if (unitOf(processInstanceId).isEmpty()) {
      jdbc.update("insert into pd_process_unit (process_instance_id, unit_code) values (?, ?)", processInstanceId,
          unitCode);
    }
  }

  /** Records the units of several instances at once, those that have one already keep it (upgrades). */
  public void fixMissing(Map<String, String> unitsByInstance) {
    unitsByInstance.forEach((instance, unit) -> {
      if (jdbc.queryForObject("select count(*) from pd_process_unit where process_instance_id = ?", Integer.class,
          instance) == 0) {
        jdbc.update("insert into pd_process_unit (process_instance_id, unit_code) values (?, ?)", instance, unit);
      }
    });
  }

  public Optional<String> unitOf(String processInstanceId) {
    String cached = cache.get(processInstanceId);
    if (cached != null) {
      return Optional.of(cached);
    }
    List<String> found = jdbc.queryForList("select unit_code from pd_process_unit where process_instance_id = ?",
        String.class, processInstanceId);
    found.stream().findFirst().ifPresent(unit -> cache.put(processInstanceId, unit));
    return found.stream().findFirst();
  }

  /** Candidate groups of the unit head's step (R1.1): the heads of the instance's unit. */
  public List<String> heads(DelegateExecution execution) {
    return List.of(Groups.unitHead(require(execution)));
  }

  /** Candidate groups of the supervising leader's step (R1.2): the leader in charge of the instance's unit. */
  public List<String> supervisors(DelegateExecution execution) {
    return List.of(Groups.unitSupervisor(require(execution)));
  }

  private String require(DelegateExecution execution) {
    String instanceId = execution.getProcessInstanceId();
    return unitOf(instanceId).orElseThrow(() -> new IllegalStateException("no unit fixed for " + instanceId));
  }
}
