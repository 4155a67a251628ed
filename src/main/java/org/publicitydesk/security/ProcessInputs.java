package org.publicitydesk.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a person (anyone but an administrator) may send to the engine for one process: the variables of its start and
 * of each user task, by name and kind (issue 14, trust model). Each process's constants class declares its inputs;
 * {@link EngineApiGuard} refuses every other variable, and every start or completion of a task that is not declared.
 * Server code may read a declared input only as the answer of the step it belongs to; every other variable is written
 * by server code alone.
 */
public record ProcessInputs(String processKey, Map<String, Kind> start, Map<String, Map<String, Kind>> tasks) {

  /** The kinds of value a form sends, and the Camunda value types each accepts. */
  public enum Kind {
    TEXT("string"),
    FLAG("boolean", "string"),
    DATE("date", "string"),
    NUMBER("integer", "long", "short"),
    FILE("file");

    private final Set<String> types;

    Kind(String... types) {
      this.types = Set.of(types);
    }

    /** Whether a value of this Camunda type (lower case; "null" always passes) fits. */
    public boolean accepts(String type) {
      return "null".equals(type) || types.contains(type);
    }
  }

  public static Builder of(String processKey) {
    return new Builder(processKey);
  }

  /** The declarations of one process made by two modules (e.g. the adoption module declares its task). */
  public ProcessInputs merge(ProcessInputs other) {
    Map<String, Kind> bothStarts = new LinkedHashMap<>(start);
    bothStarts.putAll(other.start);
    Map<String, Map<String, Kind>> bothTasks = new LinkedHashMap<>(tasks);
    bothTasks.putAll(other.tasks);
    return new ProcessInputs(processKey, Map.copyOf(bothStarts), Map.copyOf(bothTasks));
  }

  /** The declared variables of the user task {@code taskKey}, or empty when people may not complete it. */
  public Optional<Map<String, Kind>> task(String taskKey) {
    return Optional.ofNullable(tasks.get(taskKey));
  }

  /** Builds the declaration: {@code start("title", TEXT, "document", FILE)}, then {@code task(id, ...)}. */
  public static final class Builder {

    private final String processKey;
    private Map<String, Kind> start = Map.of();
    private final Map<String, Map<String, Kind>> tasks = new LinkedHashMap<>();

    private Builder(String processKey) {
      this.processKey = processKey;
    }

    public Builder start(Object... nameKindPairs) {
      start = pairs(nameKindPairs);
      return this;
    }

    public Builder task(String taskKey, Object... nameKindPairs) {
      tasks.put(taskKey, pairs(nameKindPairs));
      return this;
    }

    public ProcessInputs build() {
      return new ProcessInputs(processKey, start, Map.copyOf(tasks));
    }

    private static Map<String, Kind> pairs(Object... nameKindPairs) {
      Map<String, Kind> map = new LinkedHashMap<>();
      for (int i = 0; i < nameKindPairs.length; i += 2) {
        map.put((String) nameKindPairs[i], (Kind) nameKindPairs[i + 1]);
      }
      return java.util.Collections.unmodifiableMap(map);
    }
  }
}
