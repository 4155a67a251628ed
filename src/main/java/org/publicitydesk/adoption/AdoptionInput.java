package org.publicitydesk.adoption;

import java.time.LocalDate;
import java.util.Optional;
import org.publicitydesk.calendar.ChineseDate;

/** An adoption as the editorial office enters it; {@code mediaLevel} may be null when the outlet is in the catalogue. */
public record AdoptionInput(String mediaName, MediaLevel mediaLevel, Length length, Placement placement,
    LocalDate publishedOn, String evidenceLink) {

  /**
   * A publication day before the article was submitted, or after today (business time zone), is a typing mistake —
   * a misread date once put a November adoption into the first quarter: why, in Chinese, or empty when it may be.
   */
  public Optional<String> publishedOnProblem(LocalDate submitted, LocalDate today) {
    if (publishedOn == null) {
      return Optional.empty();
    }
    if (publishedOn.isAfter(today)) {
      return Optional.of(ChineseDate.of(publishedOn) + "晚于今天(" + ChineseDate.of(today)
          + "),尚未刊播的采用不能登记,请核对刊播日期");
    }
    if (submitted != null && publishedOn.isBefore(submitted)) {
      return Optional.of(ChineseDate.of(publishedOn) + "早于稿件报送日期(" + ChineseDate.of(submitted)
          + "),请核对刊播日期");
    }
    return Optional.empty();
  }
}
