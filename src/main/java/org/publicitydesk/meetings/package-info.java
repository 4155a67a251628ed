/**
 * The office's own work (R12): informant meetings (例会) and training sessions (培训) — date, topic, organiser, attendees
 * from the organisation, materials and minutes. Recorded by the editorial office, read by those who attended, listed
 * in the year-end assessment; not scored.
 */
@org.springframework.modulith.ApplicationModule(displayName = "例会与培训 Meetings and training")
package org.publicitydesk.meetings;
