/**
 * Ledger, the heart of OpenAR: open items (invoices, credit notes, payments, advances, fees, interest, and the system
 * entries discount, write-off and reversal), allocations of credits to debits with their full dated history, customer
 * balances, aging as of any date, FX rates. The one place where the money invariants live, in the domain and in the
 * database. Facades: {@link org.openar.ledger.Ledger} (write), {@link org.openar.ledger.LedgerQueries} (read),
 * {@link org.openar.ledger.FxRates}. Publishes ItemPosted, ItemsBulkPosted, ItemsAllocated, AllocationReversed,
 * ItemReversed; consumes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger",
    allowedDependencies = {"shared", "audit", "customers"})
package org.openar.ledger;
