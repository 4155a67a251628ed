/**
 * Media adoptions (R4, R6): the media catalogue, and (next) the adoptions the editorial office records for accepted
 * articles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "媒体采用 Adoption")
package org.publicitydesk.adoption;
