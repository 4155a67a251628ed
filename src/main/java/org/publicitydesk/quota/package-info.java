/**
 * Quotas and period settlements (R2 weekly and annual quota, R5.1 quarterly deduction, R8 year-end balance): which
 * weeks each informant missed, and the settlements that book them in the ledger, idempotently per period.
 */
@org.springframework.modulith.ApplicationModule(displayName = "任务指标与结算 Quota")
package org.publicitydesk.quota;
