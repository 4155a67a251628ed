/**
 * The document store (R10.2, R10.3): Word articles and photos, checked for real (type, OOXML package, size,
 * zip bombs, macros) and kept in the application's tables with their extracted text, downloadable by whoever may
 * see the process they belong to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "文档 Documents")
package org.publicitydesk.documents;
