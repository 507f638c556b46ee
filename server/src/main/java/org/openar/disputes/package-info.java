/**
 * Disputes: a dispute flag on a ledger debit (reason code, note), opened and resolved; while a dispute is open the item
 * is left out of dunning. The full disputes workflow (cases, documents, deadlines) will build on this. Publishes
 * DisputeOpened, DisputeResolved; consumes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disputes",
    allowedDependencies = {"shared", "audit", "customers", "ledger"})
package org.openar.disputes;
