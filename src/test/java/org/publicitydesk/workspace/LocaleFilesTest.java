package org.publicitydesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese webapps: every key of Camunda 7.24's English locale file has a Chinese translation (a missing key
 * fails the build), and no other key but the application's own additions; placeholders survive translation, and each
 * app offers {@code zh}.
 */
class LocaleFilesTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
  /** Labels of the application's own additions to the webapps (the password rule of organization/PasswordRules). */
  private static final Map<String, java.util.Set<String>> OURS = Map.of(
      "admin", java.util.Set.of("labels.PASSWORD_POLICY_CHARACTER_CLASSES"),
      "welcome", java.util.Set.of("labels.PASSWORD_POLICY_CHARACTER_CLASSES"));
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseHasExactlyTheKeysOfEnglish(String app) throws IOException {
    Map<String, String> english = flatten(read(webjarResource(APP + app + "/locales/en.json")));
    Map<String, String> chinese = flatten(read(ourResource(APP + app + "/locales/zh.json")));
    OURS.getOrDefault(app, java.util.Set.of()).forEach(key -> assertThat(chinese.remove(key)).as(key).isNotBlank());

    assertThat(chinese.keySet()).as("keys of %s zh.json", app).isEqualTo(english.keySet());
    english.forEach((key, value) -> assertThat(placeholders(chinese.get(key)))
        .as("placeholders of %s %s", app, key).isEqualTo(placeholders(value)));
    long translated = chinese.entrySet().stream()
        .filter(e -> e.getKey().startsWith("labels.") && e.getValue().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF))
        .count();
    assertThat(translated).as("labels of %s written in Chinese", app).isGreaterThan(english.size() * 8L / 10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configOffersChineseAndHidesTheMigrationBanner(String app) throws IOException {
    String config = text(ourResource(APP + app + "/scripts/config.js"));
    assertThat(config).contains("availableLocales: ['zh', 'en']").contains("fallbackLocale: 'zh'");
    assertThat(text(ourResource(APP + app + "/styles/user-styles.css"))).contains(".ce-eol-banner").contains("display: none");
  }

  private static URL ourResource(String path) {
    URL url = LocaleFilesTest.class.getClassLoader().getResource(path);
    assertThat(url).as(path).isNotNull();
    assertThat(url.getProtocol()).as("%s comes from the application, not the webjar", path).isEqualTo("file");
    return url;
  }

  private static URL webjarResource(String path) throws IOException {
    return Collections.list(LocaleFilesTest.class.getClassLoader().getResources(path)).stream()
        .filter(u -> u.getProtocol().equals("jar"))
        .findFirst().orElseThrow(() -> new AssertionError("no " + path + " in Camunda's webjar"));
  }

  private JsonNode read(URL url) throws IOException {
    String content = text(url);
    return json.readTree(content.startsWith("\uFEFF") ? content.substring(1) : content);
  }

  private static String text(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> result = new TreeMap<>();
    flatten("", node, result);
    return result;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> result) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), result));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), result);
      }
    } else {
      result.put(prefix, node.asText());
    }
  }

  private static java.util.List<String> placeholders(String text) {
    Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
    java.util.List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group().replace(" ", ""));
    }
    Collections.sort(found);
    return found;
  }
}
