package org.publicitydesk.review.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.publicitydesk.documents.Documents;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.UnitKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * R2.3: finds the earlier community article that a department article nearly copies. Texts are compared as sets of
 * character 3-grams (punctuation and spaces removed), by their Jaccard similarity, so that reordered sentences or a
 * new headline still match while a different article on the same topic does not. Community articles of the last
 * {@code publicity.review.near-copy-window} (default 60 days) are compared; the threshold is
 * {@code publicity.review.near-copy-threshold} (default 0.5). Only the articles whose stored MinHash bands
 * ({@link MinHash}, {@link NearCopyIndex}) say they may reach the threshold are compared on their texts, so a
 * submission's cost does not grow with the number of articles in the window.
 */
@Component
class NearCopyDetector {

  record Match(ArticleEntity original, int percent) {
  }

  /** How many not yet indexed documents one check indexes (after an upgrade: the catch-up is spread over checks). */
  static final int INDEXED_PER_CHECK = 200;

  private final ArticleRepository articles;
  private final NearCopyIndex index;
  private final Documents documents;
  private final OrganizationDirectory directory;
  private final double threshold;
  private final Duration window;

  NearCopyDetector(ArticleRepository articles, NearCopyIndex index, Documents documents, OrganizationDirectory directory,
      @Value("${publicity.review.near-copy-threshold:0.5}") double threshold,
      @Value("${publicity.review.near-copy-window:P60D}") Duration window) {
    this.articles = articles;
    this.index = index;
    this.documents = documents;
    this.directory = directory;
    this.threshold = threshold;
    this.window = window;
  }

  Optional<Match> find(String text, Instant submittedAt) {
    Set<String> shingles = shingles(text);
    List<String> communities = directory.units().stream().filter(u -> u.kind() == UnitKind.COMMUNITY)
        .map(OrganizationDirectory.UnitInfo::code).toList();
    if (shingles.isEmpty() || communities.isEmpty()) {
      return Optional.empty();
    }
    Instant from = submittedAt.minus(window);
    // articles stored before the index existed: some indexed now, the others compared on their texts as before
    List<Long> unindexed = articles.unindexedNearCopyArticles(from, submittedAt, communities);
    List<String> toIndex = articles.findAllById(unindexed.subList(0, Math.min(INDEXED_PER_CHECK, unindexed.size())))
        .stream().map(a -> a.documentId).toList();
    documents.texts(toIndex).forEach(this::index);
    java.util.Set<Long> ids = new java.util.HashSet<>(unindexed.subList(Math.min(INDEXED_PER_CHECK, unindexed.size()),
        unindexed.size()));
    ids.addAll(articles.nearCopyCandidates(from, submittedAt, communities,
        Arrays.stream(MinHash.bandKeys(shingles)).boxed().toList(), MinHash.minSharedBands(threshold)));
    // the few candidates are compared exactly, on their texts
    List<ArticleEntity> candidates = articles.findAllById(ids).stream()
        .sorted(java.util.Comparator.comparing((ArticleEntity a) -> a.id)).toList();
    Map<String, String> texts = documents.texts(candidates.stream().map(c -> c.documentId).toList());
    Match best = null;
    for (ArticleEntity candidate : candidates) {
      double similarity = jaccard(shingles, shingles(texts.get(candidate.documentId)));
      if (similarity >= threshold && (best == null || similarity * 100 > best.percent())) {
        best = new Match(candidate, (int) Math.round(similarity * 100));
      }
    }
    return Optional.ofNullable(best);
  }

  /** Indexes a community article's document for later checks (once per document). */
  void index(String documentId, String text) {
    index.add(documentId, MinHash.bandKeys(shingles(text)));
  }

  static Set<String> shingles(String text) {
    String normalised = text == null ? "" : text.replaceAll("[\\p{P}\\p{S}\\s]+", "");
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 3 <= normalised.length(); i++) {
      grams.add(normalised.substring(i, i + 3));
    }
    return grams;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String s : a) {
      if (b.contains(s)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }
}
