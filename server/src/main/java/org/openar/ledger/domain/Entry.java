package org.openar.ledger.domain;

import java.time.LocalDate;
import org.openar.ledger.AllocationId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.CurrencyCode;

/**
 * One allocation row: applies {@code amountMinor} of the credit item to the debit item from {@code effectiveDate} on.
 * An unallocation row carries the negative amount of the allocation it {@code undoes}. Rows are facts: never changed,
 * never removed; an item's open amount on any date is its original amount less the sum of its rows up to that date.
 */
public record Entry(
    AllocationId id,
    ItemId creditId,
    ItemId debitId,
    CurrencyCode currency,
    long amountMinor,
    LocalDate effectiveDate,
    AllocationId undoes,
    AllocationId linkedTo,
    String note) {

  public Entry {
    if (amountMinor == 0 || (undoes == null) != (amountMinor > 0)) {
      throw new IllegalArgumentException("allocations are positive, unallocations negative: " + amountMinor);
    }
  }

  public boolean isUndo() {
    return undoes != null;
  }

  public boolean touches(ItemId item) {
    return creditId.equals(item) || debitId.equals(item);
  }

  public ItemId counterOf(ItemId item) {
    return creditId.equals(item) ? debitId : creditId;
  }
}
