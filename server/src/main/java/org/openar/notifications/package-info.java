/**
 * Notifications: e-mail (SMTP), SMS and letter (PDF) channels, versioned bilingual templates, the outbox every message
 * passes through (idempotent by key, retried with backoff, cluster-safe sending), delivery log and suppression lists.
 * Publishes MessageSent, MessageFailed; consumes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared", "audit"})
package org.openar.notifications;
