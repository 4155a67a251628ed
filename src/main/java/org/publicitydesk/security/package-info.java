/**
 * Security on by default: HTTP Basic for {@code /engine-rest} and {@code /api}, and per-unit visibility of
 * process instances and tasks (contract "sample organisation").
 */
@org.springframework.modulith.ApplicationModule(displayName = "安全 Security")
package org.publicitydesk.security;
