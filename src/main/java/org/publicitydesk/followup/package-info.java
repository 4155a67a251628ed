/**
 * Following an article through its review (issue 16): a reviewer's copy (抄送) to people who may read the unit's items
 * anyway, each recipient's list of what was copied to them, and the informant's reminder (催办) to the current reviewer,
 * one per working day. Each is recorded, notified and written into the article's review record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "抄送与催办 Copies and reminders")
package org.publicitydesk.followup;
