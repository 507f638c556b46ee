/**
 * Audit: the append-only, hash-chained log of every state change (who, when, what, before, after) and its verification.
 * Publishes no events; other modules call {@link org.openar.audit.AuditTrail} inside their own transactions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package org.openar.audit;
