package org.publicitydesk.review.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code publicity.review.*}: deadlines and reminders of review tasks (R1, R10.4). Ordinary tasks are due at the end of
 * the next working day; urgent ones after {@code urgentDue} of working time. Overdue tasks are reminded every
 * {@code reminderInterval}, at most {@code maxReminders} times.
 */
@ConfigurationProperties("publicity.review")
record ReviewProperties(
    @DefaultValue("PT1H") Duration urgentDue,
    @DefaultValue("PT4H") Duration reminderInterval,
    @DefaultValue("3") int maxReminders,
    @DefaultValue("20000") int maxContentLength) {
}
