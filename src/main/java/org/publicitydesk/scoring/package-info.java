/**
 * Scoring (R4, R6, R2.3): the append-only points ledger, the score of each article from its counted adoption, and
 * the scores and ledger APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "计分 Scoring")
package org.publicitydesk.scoring;
