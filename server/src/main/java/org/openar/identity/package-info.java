/**
 * Identity: users, roles, API tokens, session login with throttling, user administration, and the segregation-of-duties
 * rules (maker-checker approvals). Publishes ApprovalRequested, ApprovalGranted, ApprovalRejected, ApprovalCancelled;
 * consumes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "audit"})
package org.openar.identity;
