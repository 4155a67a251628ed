/**
 * How the process engine itself is set up beyond Spring Boot's defaults, where it costs (issue 17): FEEL expressions of
 * the DMN tables parsed once, and the engine's timers resolving their durations without a class-path search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "引擎设置 Engine settings")
package org.publicitydesk.engine;
