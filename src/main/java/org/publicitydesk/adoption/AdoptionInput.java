package org.publicitydesk.adoption;

import java.time.LocalDate;

/** An adoption as the editorial office enters it; {@code mediaLevel} may be null when the outlet is in the catalogue. */
public record AdoptionInput(String mediaName, MediaLevel mediaLevel, Length length, Placement placement,
    LocalDate publishedOn, String evidenceLink) {
}
