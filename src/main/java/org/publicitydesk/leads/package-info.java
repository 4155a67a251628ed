/**
 * News leads and major events (重大活动/新闻线索, R5.2, R7): the editorial office assigns a story to a responsible unit
 * with a deadline; the {@code MajorEvent} process waits for that unit's accepted article or the deadline, deducts for
 * a late or missing report, and credits the unit that completed the story instead.
 */
@org.springframework.modulith.ApplicationModule(displayName = "线索与重大活动 News leads and major events")
package org.publicitydesk.leads;
