package org.publicitydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Broken and hostile import files (unknown units and malformed rows are in ImportTest): JSON that is not JSON, bytes
 * that are not a workbook, a truncated workbook, a zip-bomb workbook, a body over the request limit. Each is refused
 * whole with a Chinese message and nothing is imported.
 */
@PublicityDeskTest
class ImportHostileTest {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void brokenAndHostileImportFilesAreRefusedWhole() {
    long before = jdbc.queryForObject("select count(*) from pd_article", Long.class);
    byte[] template = rest.withBasicAuth("editor-liu", "demo").getForObject("/api/import/template.xlsx", byte[].class);
    Map<String, byte[]> bomb = new LinkedHashMap<>(HostileDocuments.entries(template));
    bomb.put("xl/worksheets/sheet1.xml", ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData>" + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>炸</t></is></c></row>".repeat(600_000)
        + "</sheetData></worksheet>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] random = new byte[50_000];
    new Random(7).nextBytes(random);

    assertRefused(post("{\"articles\": [ {\"externalId\": ", MediaType.APPLICATION_JSON), 400, "不是有效的 JSON");
    assertRefused(post(random, MediaType.parseMediaType(XLSX)), 400, "无法读取 Excel 文件");
    assertRefused(post(Arrays.copyOf(template, template.length / 2), MediaType.parseMediaType(XLSX)), 400,
        "无法读取 Excel 文件");
    assertRefused(post(HostileDocuments.zip(bomb), MediaType.parseMediaType(XLSX)), 400, "无法读取 Excel 文件");
    assertRefused(post(new byte[26 * 1024 * 1024], MediaType.parseMediaType(XLSX)), 413, "上传内容超过");

    assertThat(jdbc.queryForObject("select count(*) from pd_article", Long.class)).isEqualTo(before);
  }

  private static void assertRefused(ResponseEntity<String> answer, int status, String message) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
    assertThat(answer.getBody()).contains(message).doesNotContain("at org.");
  }

  private ResponseEntity<String> post(Object body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return rest.withBasicAuth("editor-liu", "demo").exchange("/api/import", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }
}
