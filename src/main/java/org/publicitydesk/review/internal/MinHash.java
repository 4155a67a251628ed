package org.publicitydesk.review.internal;

/**
 * R2.3: the MinHash signature of a set of character 3-grams ({@link NearCopyDetector#shingles}) and its LSH band
 * keys. Two texts with Jaccard similarity {@code s} share each of the {@value #BANDS} bands (2 hashes each) with
 * probability {@code s²}: at {@code s = 0.5} 16 bands are expected, and fewer than 4 happen with probability
 * 2·10⁻⁵; an unrelated text ({@code s = 0.05}) shares 4 or more with probability 2·10⁻⁵.
 */
final class MinHash {

  static final int BANDS = 64;
  private static final int ROWS = 2;
  private static final long[] SEEDS = new long[BANDS * ROWS];

  static {
    long seed = 0x5EED_2026L;
    for (int i = 0; i < SEEDS.length; i++) {
      seed = mix(seed + 0x9E3779B97F4A7C15L);
      SEEDS[i] = seed;
    }
  }

  private MinHash() {
  }

  /**
   * The band keys of a text's 3-grams ({@link NearCopyDetector#shingles}: each packed into a long), in band order (band
   * number in the high 32 bits); none for an empty set.
   */
  static long[] bandKeys(long[] grams) {
    if (grams.length == 0) {
      return new long[0];
    }
    long[] mins = new long[SEEDS.length];
    java.util.Arrays.fill(mins, Long.MAX_VALUE);
    for (long gram : grams) {
      long g = mix(gram);
      for (int i = 0; i < SEEDS.length; i++) {
        long h = mix(g ^ SEEDS[i]);
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long bucket = mix(mins[ROWS * b] * 31 + mins[ROWS * b + 1]) & 0xFFFF_FFFFL;
      keys[b] = ((long) b << 32) | bucket;
    }
    return keys;
  }

  /** How many bands two texts share, from their {@link #bandKeys} (what the stored index counts per document). */
  static int shared(long[] a, long[] b) {
    int shared = 0;
    for (int band = 0; band < Math.min(a.length, b.length); band++) {
      shared += a[band] == b[band] ? 1 : 0;
    }
    return shared;
  }

  /** The fewest shared bands a text at the similarity {@code threshold} is all but certain to reach (at least 1). */
  static int minSharedBands(double threshold) {
    double floor = Math.max(0, threshold - 0.25);
    return Math.max(1, (int) Math.round(BANDS * floor * floor));
  }

  /** SplitMix64's finaliser: a well-spread 64-bit hash of a 64-bit value. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
