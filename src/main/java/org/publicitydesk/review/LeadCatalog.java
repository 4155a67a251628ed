package org.publicitydesk.review;

import java.util.Optional;

/** The news leads and major events an article may answer (R7); implemented by the leads module. */
public interface LeadCatalog {

  /** The lead's title, or empty when no lead has this id. */
  Optional<String> title(String leadId);
}
