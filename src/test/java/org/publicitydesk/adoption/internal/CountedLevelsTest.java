package org.publicitydesk.adoption.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicitydesk.adoption.MediaLevel;

/**
 * {@code Adoptions.countedLevels} (R6, the circular's adoptions by level): the articles' ids read in ranges of
 * neighbouring ids, one query per range, and only the asked articles counted, each at its highest level.
 */
class CountedLevelsTest {

  @Test
  void neighbouringIdsAreReadAsOneRangeAndOnlyTheAskedArticlesCount() {
    // given articles 10, 11 and 61 (no gap over RUN_GAP = 50) and 500; 11 has two adoptions, 13 lies in the range unasked
    AdoptionRepository repository = mock(AdoptionRepository.class);
    when(repository.levelsBetween(anyLong(), anyLong(), eq(AdoptionEntity.Status.ACTIVE))).thenReturn(List.of());
    when(repository.levelsBetween(10, 11 + AdoptionService.RUN_GAP, AdoptionEntity.Status.ACTIVE)).thenReturn(List.of(
        new Object[] {10L, MediaLevel.CITY}, new Object[] {11L, MediaLevel.DISTRICT},
        new Object[] {11L, MediaLevel.NATIONAL}, new Object[] {13L, MediaLevel.PROVINCIAL}));
    when(repository.levelsBetween(500, 500, AdoptionEntity.Status.ACTIVE)).thenReturn(List.<Object[]>of(
        new Object[] {500L, MediaLevel.PROVINCIAL}));
    AdoptionService service = new AdoptionService(repository, null, null, null, null, null, null, null);

    // when
    Map<Long, MediaLevel> levels = service.countedLevels(List.of(500L, 11L + AdoptionService.RUN_GAP, 10L, 11L, 10L));

    // then
    assertThat(levels).containsExactlyInAnyOrderEntriesOf(Map.of(10L, MediaLevel.CITY, 11L, MediaLevel.NATIONAL,
        500L, MediaLevel.PROVINCIAL));
    verify(repository).levelsBetween(10, 11 + AdoptionService.RUN_GAP, AdoptionEntity.Status.ACTIVE);
    verify(repository).levelsBetween(500, 500, AdoptionEntity.Status.ACTIVE);
    verifyNoMoreInteractions(repository);
  }
}
