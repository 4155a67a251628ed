package org.publicitydesk.adoption;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** An adoption as the editorial office enters it; {@code mediaLevel} may be null when the outlet is in the catalogue. */
public record AdoptionInput(String mediaName, MediaLevel mediaLevel, Length length, Placement placement,
    LocalDate publishedOn, String evidenceLink) {

  private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  /**
   * A publication day before the article was submitted, or after today (business time zone), is a typing mistake —
   * a misread date once put a November adoption into the first quarter: why, in Chinese, or empty when it may be.
   */
  public Optional<String> publishedOnProblem(LocalDate submitted, LocalDate today) {
    if (publishedOn == null) {
      return Optional.empty();
    }
    if (publishedOn.isAfter(today)) {
      return Optional.of(CHINESE.format(publishedOn) + "晚于今天(" + CHINESE.format(today)
          + "),尚未刊播的采用不能登记,请核对刊播日期");
    }
    if (submitted != null && publishedOn.isBefore(submitted)) {
      return Optional.of(CHINESE.format(publishedOn) + "早于稿件报送日期(" + CHINESE.format(submitted)
          + "),请核对刊播日期");
    }
    return Optional.empty();
  }
}
