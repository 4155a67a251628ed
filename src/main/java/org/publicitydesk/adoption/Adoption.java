package org.publicitydesk.adoption;

import java.time.LocalDate;

/** One adoption of an article by a medium, with the points of R4 it would give on its own. */
public record Adoption(long id, long articleId, String mediaName, MediaLevel mediaLevel, Length length,
    Placement placement, LocalDate publishedOn, String evidenceLink, String evidenceDocumentId, Points points) {

  /** "省级简讯40分+其他版面头条15分" */
  public String describe() {
    String text = mediaLevel.label() + length.label() + points.base() + "分";
    return placement == Placement.NONE ? text : text + "+" + placement.label() + points.bonus() + "分";
  }

  /** What was recorded, as it would be entered again (an import compares with it). */
  public AdoptionInput input() {
    return new AdoptionInput(mediaName, mediaLevel, length, placement, publishedOn, evidenceLink);
  }
}
