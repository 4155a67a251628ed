package org.publicitydesk.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicitydesk.documents.Documents;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.UnitKind;

/** R2.3 similarity on real texts: reordered sentences and a new headline are copies; the same topic is not. */
class NearCopyDetectorTest {

  static final String COMMUNITY = "东风社区开展垃圾分类宣传活动。3月2日上午,东风社区组织志愿者在小区广场设立宣传点,"
      + "向居民发放垃圾分类手册500余份,现场讲解厨余垃圾和可回收物的分类方法。活动吸引了200多名居民参加,"
      + "居民纷纷表示今后将自觉做好垃圾分类。";
  static final String REORDERED_NEW_HEADLINE = "街道扎实推进垃圾分类工作。活动吸引了200多名居民参加,居民纷纷表示今后将自觉做好"
      + "垃圾分类。3月2日上午,东风社区组织志愿者在小区广场设立宣传点,向居民发放垃圾分类手册500余份,"
      + "现场讲解厨余垃圾和可回收物的分类方法。";
  static final String SAME_TOPIC = "城市管理办公室召开垃圾分类工作推进会。会议通报了一季度各社区垃圾分类桶站建设进度,"
      + "要求各社区加强督导员队伍建设,确保年底前实现生活垃圾分类全覆盖。";

  @Test
  void reorderedSentencesWithANewHeadlineAreANearCopy() {
    double similarity = NearCopyDetector.jaccard(NearCopyDetector.shingles(COMMUNITY),
        NearCopyDetector.shingles(REORDERED_NEW_HEADLINE));
    assertThat(similarity).isGreaterThan(0.75);
  }

  @Test
  void anotherArticleOnTheSameTopicIsNot() {
    double similarity = NearCopyDetector.jaccard(NearCopyDetector.shingles(COMMUNITY),
        NearCopyDetector.shingles(SAME_TOPIC));
    assertThat(similarity).isLessThan(0.1);
  }

  @Test
  void punctuationAndSpacesDoNotMatter() {
    assertThat(NearCopyDetector.shingles("东风社区,开展 活动。")).isEqualTo(NearCopyDetector.shingles("东风社区开展活动"));
    assertThat(NearCopyDetector.jaccard(NearCopyDetector.shingles(""), NearCopyDetector.shingles(COMMUNITY))).isZero();
  }

  @Test
  void theStoredBandsFindTheNearCopyAndNotTheSameTopic() {
    // given: the band keys that NearCopyIndex stores for the community article
    java.util.Set<Long> community = java.util.Arrays.stream(MinHash.bandKeys(NearCopyDetector.shingles(COMMUNITY)))
        .boxed().collect(java.util.stream.Collectors.toSet());
    // when / then: the reordered copy shares enough bands to be compared on its text, the same topic does not
    assertThat(MinHash.minSharedBands(0.5)).isEqualTo(4);
    assertThat(shared(community, REORDERED_NEW_HEADLINE)).isGreaterThanOrEqualTo(MinHash.minSharedBands(0.5));
    assertThat(shared(community, SAME_TOPIC)).isLessThan(MinHash.minSharedBands(0.5));
    assertThat(shared(community, COMMUNITY)).isEqualTo(MinHash.BANDS);
    assertThat(MinHash.bandKeys(NearCopyDetector.shingles("。。"))).isEmpty();
  }

  @Test
  void theBandKeysAreThoseAlreadyStored() {
    // keys computed by the first implementation (a String per 3-gram): the stored index stays valid
    long[] keys = MinHash.bandKeys(NearCopyDetector.shingles(COMMUNITY));
    assertThat(keys).hasSize(64);
    assertThat(new long[] {keys[0], keys[1], keys[63]}).containsExactly(3951534228L, 8199787819L, 273718213808L);
    assertThat(MinHash.shared(keys, MinHash.bandKeys(NearCopyDetector.shingles(REORDERED_NEW_HEADLINE))))
        .isEqualTo(shared(java.util.Arrays.stream(keys).boxed().collect(java.util.stream.Collectors.toSet()),
            REORDERED_NEW_HEADLINE));
    assertThat(MinHash.shared(keys, new long[0])).isZero();
  }

  @Test
  void shinglesAreTheDistinctThreeCharacterGramsWithoutPunctuationSymbolsAndSpaces() {
    // 东风社区 开展 → 东风社 风社区 社区开 区开展; the repeated 东风社 once; ¥ and the emoji are symbols
    assertThat(NearCopyDetector.shingles("东风社区,开展¥😀\t东风社")).hasSize(6);
    assertThat(NearCopyDetector.shingles("东风")).isEmpty();
    assertThat(NearCopyDetector.shingles(null)).isEmpty();
    assertThat(NearCopyDetector.jaccard(NearCopyDetector.shingles("甲乙丙丁"), NearCopyDetector.shingles("乙丙丁戊")))
        .isEqualTo(1.0 / 3);
  }

  @Test
  void onlyTheCommunitiesOfTheWindowAreLookedUp() {
    // given: a directory with one community and one department, an empty window
    OrganizationDirectory directory = org.mockito.Mockito.mock(OrganizationDirectory.class);
    org.mockito.Mockito.when(directory.units()).thenReturn(List.of(unit("dongfeng", UnitKind.COMMUNITY),
        unit("economy", UnitKind.DEPARTMENT)));
    NearCopyIndex index = org.mockito.Mockito.mock(NearCopyIndex.class);
    org.mockito.Mockito.when(index.lookup(any(), any(), any(), any(), anyInt()))
        .thenReturn(new NearCopyIndex.Lookup(Map.of(), Map.of()));
    NearCopyDetector detector = new NearCopyDetector(index, org.mockito.Mockito.mock(Documents.class), directory, 0.5,
        Duration.ofDays(60));
    Instant now = Instant.parse("2026-03-02T02:00:00Z");
    // when
    assertThat(detector.find(SAME_TOPIC, now)).isEmpty();
    // then: the community only, in the 60 days before, at least 4 of 64 bands shared (threshold 0.5)
    org.mockito.Mockito.verify(index).lookup(eq(now.minus(Duration.ofDays(60))), eq(now), eq(List.of("dongfeng")), any(),
        eq(4));
  }

  private static OrganizationDirectory.UnitInfo unit(String code, UnitKind kind) {
    return new OrganizationDirectory.UnitInfo(code, code, kind, null, List.of(), List.of());
  }

  private static long shared(java.util.Set<Long> keys, String text) {
    return java.util.Arrays.stream(MinHash.bandKeys(NearCopyDetector.shingles(text))).filter(keys::contains).count();
  }
}
