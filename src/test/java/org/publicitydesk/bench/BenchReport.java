package org.publicitydesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of one run: printed as a table and written as {@code target/bench/bench-<time>.json} and {@code latest.json}. */
final class BenchReport {

  private final Map<String, Object> top = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
  private final Map<String, String> units = new LinkedHashMap<>();

  void top(String name, Object value) {
    top.put(name, value);
  }

  void put(String section, String name, Object value, String unit) {
    Object v = value instanceof Double d ? Math.round(d * 1000) / 1000.0 : value;
    sections.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(name, v);
    units.put(section + "." + name, unit);
  }

  Object get(String section, String name) {
    return sections.getOrDefault(section, Map.of()).get(name);
  }

  String table() {
    StringBuilder out = new StringBuilder("\n==== Publicity Desk benchmark ====\n");
    top.forEach((k, v) -> out.append(String.format("%-28s %s%n", k, v)));
    sections.forEach((section, values) -> {
      out.append("---- ").append(section).append('\n');
      values.forEach((k, v) -> out.append(String.format("  %-34s %14s %s%n", k, v instanceof Double d
          ? String.format("%.3f", d) : v, units.getOrDefault(section + "." + k, ""))));
    });
    return out.toString();
  }

  Path write(Path dir) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>(top);
    json.putAll(sections);
    Files.createDirectories(dir);
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
    Path file = dir.resolve("bench-" + stamp + ".json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    Files.copy(file, dir.resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
    return file;
  }
}
