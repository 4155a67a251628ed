package org.publicitydesk.organization.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code publicity.organization.*}: where the organisation file is ({@code classpath:} or {@code file:}; empty = none)
 * and whether the landing page lists the sample logins.
 */
@ConfigurationProperties("publicity.organization")
record OrganizationProperties(String location, boolean showDemoLogins) {
}
