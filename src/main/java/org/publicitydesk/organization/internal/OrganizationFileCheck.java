package org.publicitydesk.organization.internal;

/** An extra check of a parsed organisation file before it is applied (e.g. no demo password in production). */
interface OrganizationFileCheck {

  /** Throws {@link OrganizationFileException} to refuse the file. */
  void check(OrganizationFile file, String source);
}
