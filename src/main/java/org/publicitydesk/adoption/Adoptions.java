package org.publicitydesk.adoption;

import java.util.List;
import java.util.Optional;

/** Adoptions of accepted articles (R4, R6): recording, corrections with reasons, and the one that counts. */
public interface Adoptions {

  Adoption record(long articleId, AdoptionInput input, String user);

  /** Replaces an adoption by a corrected one; the old one stays, marked superseded, with the reason. */
  Adoption correct(long adoptionId, AdoptionInput input, String reason, String user);

  void remove(long adoptionId, String reason, String user);

  /** Keeps a screenshot or page PDF as the proof of an adoption. */
  Adoption attachEvidence(long adoptionId, org.publicitydesk.documents.Upload file, String user);

  List<Adoption> of(long articleId);

  /** The active adoptions of many articles, read at once (scoring an import, issue 17); none: an empty list. */
  java.util.Map<Long, List<Adoption>> of(java.util.Collection<Long> articleIds);

  /**
   * Import (issue 17): makes each article's active adoptions exactly the ones given — nothing changes for an article
   * whose adoptions are already these; otherwise the current ones are removed with the reason and the given ones
   * recorded. The current adoptions are read in one query and the media catalogue once. Returns how many were
   * recorded; a refused adoption throws {@link Refused} naming its article.
   */
  int replaceAll(java.util.Map<Long, List<AdoptionInput>> wanted, String reason, String user);

  /** An adoption of {@code articleId} that {@link #replaceAll} refused, with the reason in Chinese. */
  class Refused extends org.publicitydesk.security.RequestRefused {

    private final long articleId;

    public Refused(long articleId, String message) {
      super(message);
      this.articleId = articleId;
    }

    public long articleId() {
      return articleId;
    }
  }

  /**
   * R6: the adoption that counts — the one in the highest-level medium, and among those the one with the most
   * points (length and headline bonus) — or empty when the article has none.
   */
  Optional<Adoption> counted(long articleId);

  /** R6 among the given adoptions of one article (read with {@link #of(java.util.Collection)}). */
  Optional<Adoption> countedAmong(List<Adoption> ofOneArticle);

  /**
   * R6 for many articles at once (reports): the level of the medium of each article's counted adoption — the highest
   * level among its adoptions; articles without adoptions are left out.
   */
  java.util.Map<Long, MediaLevel> countedLevels(java.util.Collection<Long> articleIds);

  /** Every adoption ever recorded for the article, including removed and superseded ones (for the record). */
  List<String> history(long articleId);
}
