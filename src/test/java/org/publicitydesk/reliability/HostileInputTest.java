package org.publicitydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.TestArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed and malicious Word documents ({@link HostileDocuments}) submitted over {@code /engine-rest} the way
 * Tasklist sends them: each is refused with a Chinese message naming the document field, nothing is half-written
 * (no document, no article, no process instance), and the application keeps answering and accepting real documents.
 */
@PublicityDeskTest
class HostileInputTest {

  private static final String START = "/engine-rest/process-definition/key/ArticleReview/start";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void everyMalformedOrMaliciousDocumentIsRefusedCleanlyAndLeavesNothing() {
    List<HostileDocuments.Variant> variants = HostileDocuments.all();
    long[] before = counts();
    List<String> failures = new ArrayList<>();

    for (HostileDocuments.Variant v : variants) {
      ResponseEntity<String> answer = post(TestArticles.restStart("economy", "ORDINARY", v.filename(), v.mimeType(),
          v.bytes()));
      String body = String.valueOf(answer.getBody());
      if (answer.getStatusCode() != HttpStatus.BAD_REQUEST || !body.contains("【document")
          || !body.matches("(?s).*\\p{IsHan}{4,}.*") || body.contains("at org.") || body.contains("root:")) {
        failures.add(v + " → " + answer.getStatusCode() + " " + body);
      }
    }

    assertThat(failures).as("variants not refused cleanly").isEmpty();
    assertThat(counts()).as("documents, articles, instances").containsExactly(before);
    // the application still answers and still takes a real document
    assertThat(rest.withBasicAuth("inf-economy", "demo").getForEntity("/api/units", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(post(TestArticles.restStart("economy", "ORDINARY")).getStatusCode()).isEqualTo(HttpStatus.OK);
    System.out.println("HOSTILE: " + variants.size() + " malformed or malicious .docx variants refused, 0 stored");
  }

  private long[] counts() {
    return new long[] {jdbc.queryForObject("select count(*) from pd_document", Long.class),
        jdbc.queryForObject("select count(*) from pd_article", Long.class),
        jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class)};
  }

  private ResponseEntity<String> post(Map<String, Object> body) {
    return rest.withBasicAuth("inf-economy", "demo").exchange(START, HttpMethod.POST, new HttpEntity<>(body),
        String.class);
  }
}
