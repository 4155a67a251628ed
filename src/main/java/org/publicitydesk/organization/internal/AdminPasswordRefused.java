package org.publicitydesk.organization.internal;

/** Production refuses to start with a missing, demo or weak administrator password ({@link DemoPasswordGuard}). */
class AdminPasswordRefused extends IllegalStateException {

  AdminPasswordRefused(String message) {
    super(message);
  }
}
