package org.publicitydesk.organization;

/** Published after the organisation file was loaded into the tables and into Camunda's identity service. */
public record OrganizationLoaded(String source, int units, int people) {
}
