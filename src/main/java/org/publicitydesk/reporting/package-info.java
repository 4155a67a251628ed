/**
 * Reporting (R11.1, R11.3): the quarterly circular (通报) and the year-end assessment as Word and Excel files, from the
 * ledger and the same ranking as {@code /api/scores}; and the portal pages under {@code /portal/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "通报与考核 Reporting")
package org.publicitydesk.reporting;
