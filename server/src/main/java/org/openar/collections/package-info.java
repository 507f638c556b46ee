/**
 * Collections: dunning strategies (versioned data), daily and on-demand dunning runs through the notifications outbox
 * under compliance rules, collectors' worklists with a transparent priority score, activities, promises to pay, late
 * fees and interest (waived through approvals), agency and legal placements, and the sales reps' weekly digest.
 * Publishes DunningRunCompleted, PromiseMade, PromiseKept, PromiseBroken, ItemsPlaced, ChargePosted, ChargeWaived;
 * consumes ledger ItemsAllocated / ItemsAllocatedInBulk / AllocationReversed, notifications MessageFailed, identity
 * ApprovalGranted / ApprovalRejected / ApprovalCancelled.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Collections",
    allowedDependencies = {"shared", "audit", "identity", "customers", "ledger", "disputes", "notifications"})
package org.openar.collections;
