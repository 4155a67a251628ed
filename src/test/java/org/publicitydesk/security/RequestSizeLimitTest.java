package org.publicitydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 25 MB limit holds for a body sent without {@code Content-Length} ({@code Transfer-Encoding: chunked}): 413 with
 * the Chinese answer, and nothing of the request is stored, on {@code /engine-rest} (Jersey) and {@code /api}
 * (Spring MVC) alike; a chunked body under the limit still goes through.
 */
@PublicityDeskTest
class RequestSizeLimitTest {

  private static final int MB = 1024 * 1024;

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aChunkedStartOverTheLimitIsRefusedAndStartsNothing() throws Exception {
    // given: a start request whose text is 26 MB, streamed without a length
    long[] before = counts();
    String head = "{\"variables\":{\"title\":{\"value\":\"经济发展办公室工作信息\"},\"unitCode\":{\"value\":\"economy\"},"
        + "\"category\":{\"value\":\"AREA_DEVELOPMENT\"},\"itemClass\":{\"value\":\"ORDINARY\"},\"content\":{\"value\":\"";

    // when
    // (two 13 MB strings: Jackson alone refuses a single string over 20 MB)
    HttpResponse<String> answer = postChunked("/engine-rest/process-definition/key/ArticleReview/start",
        head, 13 * MB, "\"},\"note\":{\"value\":\"", 13 * MB, "\"}}}");

    // then
    assertThat(answer.statusCode()).as(answer.body().substring(0, Math.min(500, answer.body().length()))).isEqualTo(413);
    assertThat(answer.body()).contains("上传内容超过 25 MB 上限");
    assertThat(counts()).as("articles, instances").containsExactly(before);
  }

  @Test
  void aChunkedImportOverTheLimitIsRefusedAndImportsNothing() throws Exception {
    long importedBefore = jdbc.queryForObject("select count(*) from pd_article", Long.class);

    HttpResponse<String> answer = postChunked("/api/import", "{\"articles\":[],\"opinionReports\":[],\"x\":\"",
        13 * MB, "\",\"y\":\"", 13 * MB, "\"}");

    assertThat(answer.statusCode()).as(answer.body().substring(0, Math.min(500, answer.body().length()))).isEqualTo(413);
    assertThat(answer.body()).contains("上传内容超过 25 MB 上限");
    assertThat(jdbc.queryForObject("select count(*) from pd_article", Long.class)).isEqualTo(importedBefore);
  }

  @Test
  void aChunkedBodyUnderTheLimitStillWorks() throws Exception {
    String document = Base64.getEncoder().encodeToString(org.publicitydesk.TestArticles.sampleDocx());
    String body = "{\"variables\":{\"title\":{\"value\":\"经济发展办公室工作信息\"},\"unitCode\":{\"value\":\"economy\"},"
        + "\"category\":{\"value\":\"AREA_DEVELOPMENT\"},\"itemClass\":{\"value\":\"ORDINARY\"},"
        + "\"document\":{\"type\":\"File\",\"value\":\"" + document + "\",\"valueInfo\":{\"filename\":\"工作信息.docx\","
        + "\"mimeType\":\"" + org.publicitydesk.TestArticles.DOCX + "\"}}}}";

    HttpResponse<String> answer = postChunked("/engine-rest/process-definition/key/ArticleReview/start", body);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private long[] counts() {
    return new long[] {jdbc.queryForObject("select count(*) from pd_article", Long.class),
        jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class)};
  }

  /**
   * POSTs the parts (a text, or a number of 'x' bytes) as a stream of unknown length: Java's client then sends it
   * chunked.
   */
  private HttpResponse<String> postChunked(String path, Object... parts) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (path.startsWith("/api") ? "admin:demo" : "inf-economy:demo").getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body(parts)))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static InputStream body(Object... parts) {
    return new SequenceInputStream(Collections.enumeration(java.util.Arrays.stream(parts)
        .map(p -> p instanceof Integer n ? filler(n) : new ByteArrayInputStream(((String) p).getBytes(StandardCharsets.UTF_8)))
        .toList()));
  }

  private static InputStream filler(int size) {
    return new InputStream() {
      int left = size;

      @Override
      public int read() {
        return left-- > 0 ? 'x' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
        left -= n;
        return n;
      }
    };
  }
}
