/**
 * The subdistrict's organisation (R12): units, informants, unit heads, leaders and the editorial office,
 * loaded from the organisation file into the application's tables and into Camunda's identity service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "组织机构 Organization")
package org.publicitydesk.organization;
