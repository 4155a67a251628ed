package org.publicitydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Camunda 7.24 keeps the nonce of its webapps' Content-Security-Policy in the servlet context, shared by all requests:
 * when another request to {@code /camunda/} comes between the header and the page, the page's scripts carry that
 * request's nonce, the browser blocks every one of them and Cockpit, Tasklist or Admin stays blank
 * ({@link WebappNonce}). Many webapp pages and files are asked for at once here, as several people's browsers do.
 */
@PublicityDeskTest
class WebappNonceTest {

  private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]*)\"");

  @Autowired
  TestRestTemplate rest;

  @Test
  void everyWebappPageCarriesTheNonceOfItsOwnPolicyWhenManyArriveAtOnce() throws Exception {
    List<String> pages = List.of("/camunda/app/cockpit/default/", "/camunda/app/tasklist/default/",
        "/camunda/app/admin/default/", "/camunda/app/welcome/default/");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String path = i % 2 == 0 ? pages.get(i / 2 % pages.size()) : "/camunda/app/cockpit/scripts/config.js";
        answers.add(pool.submit(() -> mismatch(path)));
      }
      List<String> mismatches = new ArrayList<>();
      for (Future<String> answer : answers) {
        if (answer.get() != null) {
          mismatches.add(answer.get());
        }
      }
      assertThat(mismatches).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  /** Null when the answer is fine (a page whose every nonce is its policy's, or another file), else what is wrong. */
  private String mismatch(String path) {
    ResponseEntity<String> answer = rest.getForEntity(path, String.class);
    if (answer.getStatusCode() != HttpStatus.OK) {
      return path + ": " + answer.getStatusCode();
    }
    if (!path.endsWith("/")) {
      return null;
    }
    String policy = answer.getHeaders().getFirst("Content-Security-Policy");
    Matcher header = HEADER_NONCE.matcher(policy == null ? "" : policy);
    if (!header.find()) {
      return path + ": no nonce in " + policy;
    }
    Matcher page = PAGE_NONCE.matcher(answer.getBody());
    int scripts = 0;
    while (page.find()) {
      scripts++;
      if (!page.group(1).equals(header.group(1))) {
        return path + ": page nonce " + page.group(1) + ", policy nonce " + header.group(1);
      }
    }
    return scripts == 0 ? path + ": no script with a nonce" : null;
  }
}
