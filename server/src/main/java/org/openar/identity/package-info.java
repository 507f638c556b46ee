/**
 * Identity: users, roles, API tokens, session login, and the segregation-of-duties rules (maker-checker approvals).
 * Publishes UserCreated; consumes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "audit"})
package org.openar.identity;
