/**
 * Import of historical records from the office's spreadsheets ({@code POST /api/import}, contract): checked whole,
 * applied whole, idempotent by {@code externalId}, and scored by the same code as live articles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "导入 Import")
package org.publicitydesk.imports;
