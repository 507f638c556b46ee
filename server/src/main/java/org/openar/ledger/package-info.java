/**
 * Ledger, the heart of OpenAR: open items (invoices, credit notes, payments, advances, fees, interest, and the system
 * entries DISCOUNT, WRITE_OFF and REVERSAL), allocations of credits to debits with their full dated history, customer
 * balances, aging as of any date, FX rates. The one place where the money invariants live, in the domain and in the
 * database. Publishes ItemPosted, ItemsBulkPosted, ItemsAllocated,
 * ItemsAllocatedInBulk, AllocationReversed, ItemReversed; consumes nothing.
 *
 * <h2>Facades</h2>
 * <ul>
 *   <li>{@link org.openar.ledger.Ledger} writes: {@code post}, {@code receive} (a receipt and its allocations in one
 *       transaction), {@code postBulk} (COPY, for imports), {@code allocate}, and the batched
 *       {@code postAll}, {@code receiveAll}, {@code allocateAll} (one call per document's checks, rows, audit records,
 *       written in a few statements; the allocations announced by one {@code ItemsAllocatedInBulk}),
 *       {@code unallocate}, {@code reverse}, {@code writeOff} (call it once an approval was granted).</li>
 *   <li>{@link org.openar.ledger.LedgerQueries} reads, limited to what the current actor may see: items, detail with
 *       history, paged search, balances (today or as of a date), discount quotes, open amount and aging as of a
 *       date.</li>
 *   <li>{@link org.openar.ledger.FxRates}: rates valid from a date, conversion, {@link org.openar.ledger.FxTable} for
 *       converting many amounts in memory.</li>
 * </ul>
 *
 * <h2>Rules callers rely on</h2>
 * <ul>
 *   <li>Amounts are positive; an item's side comes from its type ({@link org.openar.ledger.ItemType}); debits have a
 *       due date, credits a value date. An item exists from its ledger date: document date for debits, value date
 *       for credits.</li>
 *   <li>Installments: post each as its own debit with the document number and {@code installmentNo} 1..n. Document
 *       numbers are unique per company, type and installment; a duplicate is LEDGER_DUPLICATE_DOCUMENT (409).</li>
 *   <li>Nothing is updated away: an unallocation is a new row (negative amount, {@code undoes} the allocation), a
 *       reversal a REVERSAL counter-entry on the other side allocated against the reversed item. Both legs are
 *       REVERSED; a reversed item takes nothing any more.</li>
 *   <li>Items are locked {@code FOR UPDATE NOWAIT}; a busy item is LEDGER_ITEM_BUSY (409): retry unattended work.</li>
 * </ul>
 *
 * <h2>For SQL reports</h2>
 * Tables {@code ledger_item} (amounts in {@code *_minor} bigint units of {@code currency}; {@code side} 'D'/'C') and
 * {@code ledger_allocation} (one row per allocation, negative rows undo one). The open amount of an item on date D is
 * zero when {@code coalesce(value_date, document_date) > D}, else {@code original_minor} minus the sum of
 * {@code amount_minor} of its allocation rows (as credit or as debit) with {@code effective_date <= D}; today's is
 * {@code open_minor}. Net balance = Σ debit open − Σ credit open. Bucket with
 * {@link org.openar.ledger.AgingBuckets#indexOf} and date with {@link org.openar.ledger.AgingBasis}; compare against
 * {@link org.openar.ledger.LedgerQueries#aging}, the Java reconstruction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger",
    allowedDependencies = {"shared", "audit", "customers"})
package org.openar.ledger;
