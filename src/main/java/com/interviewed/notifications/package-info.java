/**
 * Notifications: a persisted email outbox delivered exactly once by a database-backed worker, through SMTP when
 * configured and otherwise into a local outbox shown in the UI.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package com.interviewed.notifications;
