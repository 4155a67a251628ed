/**
 * Public-opinion reports (R3, R9): the communities' daily reports, on time before 09:15 on working days, checked by the
 * editorial office, adopted (or not) in the city's bulletin, and scored separately from articles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "舆情信息 Opinion")
package org.publicitydesk.opinion;
