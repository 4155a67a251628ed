/**
 * Media adoptions (R4, R6): the media catalogue, the points table ({@code AdoptionPoints.dmn}, one version per year),
 * the adoptions the editorial office records for accepted articles ({@code Task_RecordAdoption}, with corrections,
 * reasons and evidence), and the one adoption of an article that counts (R6).
 */
@org.springframework.modulith.ApplicationModule(displayName = "媒体采用 Adoption")
package org.publicitydesk.adoption;
