package org.openar.ledger;

import java.time.LocalDate;
import org.openar.customers.CustomerId;
import org.openar.shared.money.Money;

/** An allocation was undone (unallocated) by the row {@code unallocationId}; both items are open again by {@code amount}. */
public record AllocationReversed(AllocationId allocationId, AllocationId unallocationId, CustomerId customerId,
    ItemId creditItemId, ItemId debitItemId, Money amount, LocalDate effectiveDate) {}
