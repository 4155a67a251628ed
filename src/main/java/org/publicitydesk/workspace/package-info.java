/**
 * Where people start their work: the landing page and the Tasklist filters of each role (我的待办, 待我审核, …).
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作台 Workspace")
package org.publicitydesk.workspace;
