package org.publicitydesk.adoption;

/** The adoptions of an article were corrected or removed: its score must follow (R4, R6). */
public record AdoptionsChanged(long articleId) {
}
