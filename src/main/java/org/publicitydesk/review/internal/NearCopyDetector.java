package org.publicitydesk.review.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.publicitydesk.documents.Documents;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationLoaded;
import org.publicitydesk.organization.UnitKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
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

  /** The community article that a department article nearly copies, and how similar they are (per cent). */
  record Match(long originalId, int percent) {
  }

  /** How many not yet indexed documents one check indexes (after an upgrade: the catch-up is spread over checks). */
  static final int INDEXED_PER_CHECK = 200;

  private final NearCopyIndex index;
  private final Documents documents;
  private final OrganizationDirectory directory;
  private final double threshold;
  private final Duration window;

  NearCopyDetector(NearCopyIndex index, Documents documents, OrganizationDirectory directory,
      @Value("${publicity.review.near-copy-threshold:0.5}") double threshold,
      @Value("${publicity.review.near-copy-window:P60D}") Duration window) {
    this.index = index;
    this.documents = documents;
    this.directory = directory;
    this.threshold = threshold;
    this.window = window;
  }

  Optional<Match> find(String text, Instant submittedAt) {
    long[] grams = shingles(text);
    List<String> units = communities();
    if (grams.length == 0 || units.isEmpty()) {
      return Optional.empty();
    }
    long[] keys = MinHash.bandKeys(grams);
    int minShared = MinHash.minSharedBands(threshold);
    NearCopyIndex.Lookup lookup = index.lookup(submittedAt.minus(window), submittedAt, units, keys, minShared);
    // articles stored before the index existed: some indexed now (and compared if their bands say so), the others
    // compared on their texts as before
    Map<Long, String> candidates = new TreeMap<>(lookup.candidates());
    List<Map.Entry<Long, String>> unindexed = List.copyOf(lookup.unindexed().entrySet());
    int now = Math.min(INDEXED_PER_CHECK, unindexed.size());
    Map<String, String> toIndex = documents.texts(unindexed.subList(0, now).stream().map(Map.Entry::getValue).toList());
    for (Map.Entry<Long, String> article : unindexed.subList(0, now)) {
      if (MinHash.shared(keys, index(article.getValue(), toIndex.get(article.getValue()))) >= minShared) {
        candidates.put(article.getKey(), article.getValue());
      }
    }
    index.indexed(unindexed.subList(0, now).stream().map(Map.Entry::getKey).toList());
    unindexed.subList(now, unindexed.size()).forEach(article -> candidates.put(article.getKey(), article.getValue()));
    // the few candidates are compared exactly, on their texts, in the order of their articles
    Map<String, String> texts = documents.texts(candidates.values());
    Match best = null;
    for (Map.Entry<Long, String> candidate : candidates.entrySet()) {
      double similarity = jaccard(grams, shingles(texts.get(candidate.getValue())));
      if (similarity >= threshold && (best == null || similarity * 100 > best.percent())) {
        best = new Match(candidate.getKey(), (int) Math.round(similarity * 100));
      }
    }
    return Optional.ofNullable(best);
  }

  /** Indexes a community article's document for later checks (once per document); its band keys. */
  long[] index(String documentId, String text) {
    long[] keys = MinHash.bandKeys(shingles(text));
    index.add(documentId, keys);
    return keys;
  }

  /**
   * After the organisation changed (in its transaction): the earlier articles of a unit that has become a community
   * are indexed by the checks to come.
   */
  @EventListener
  void onOrganizationLoaded(OrganizationLoaded loaded) {
    index.markPending(communities());
  }

  /** The active community units (the directory keeps the organisation per version; nothing is read per check). */
  private List<String> communities() {
    return directory.units().stream().filter(u -> u.kind() == UnitKind.COMMUNITY)
        .map(OrganizationDirectory.UnitInfo::code).toList();
  }

  /**
   * The distinct character 3-grams of a text without punctuation, symbols and spaces, each packed into a long (three
   * UTF-16 units of 16 bits), sorted: no string per 3-gram, and {@link #jaccard} is a merge of two sorted arrays.
   */
  static long[] shingles(String text) {
    if (text == null) {
      return new long[0];
    }
    char[] kept = new char[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (!ignored(c)) {
        text.getChars(i, i + width, kept, n);
        n += width;
      }
      i += width;
    }
    if (n < 3) {
      return new long[0];
    }
    long[] grams = new long[n - 2];
    for (int i = 0; i < grams.length; i++) {
      grams[i] = ((long) kept[i] << 32) | ((long) kept[i + 1] << 16) | kept[i + 2];
    }
    Arrays.sort(grams);
    int distinct = 1;
    for (int i = 1; i < grams.length; i++) {
      if (grams[i] != grams[distinct - 1]) {
        grams[distinct++] = grams[i];
      }
    }
    return Arrays.copyOf(grams, distinct);
  }

  /** Punctuation ({@code \p{P}}), symbols ({@code \p{S}}) and white space ({@code \s}), as the comparison ignores them. */
  private static boolean ignored(int c) {
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL -> true;
      default -> c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    };
  }

  /** The Jaccard similarity of two sets of 3-grams ({@link #shingles}: sorted, distinct); 0 when either is empty. */
  static double jaccard(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int common = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }
}
