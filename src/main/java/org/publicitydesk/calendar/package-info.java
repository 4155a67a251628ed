/**
 * Business time (R10.1, "Periods" in rules.md): the business time zone and the clock every deadline uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作日历 Calendar")
package org.publicitydesk.calendar;
