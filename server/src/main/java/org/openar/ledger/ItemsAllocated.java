package org.openar.ledger;

import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CustomerId;
import org.openar.shared.money.Money;

/**
 * A credit item was applied to debit items in one call. {@code debitOpenAfter} tells listeners (collections, cash
 * application) whether a debit is now settled; a line's {@code discount} is non-null when it earned one.
 */
public record ItemsAllocated(ItemId creditItemId, ItemType creditType, CustomerId customerId, List<Line> lines) {

  public ItemsAllocated {
    lines = List.copyOf(lines);
  }

  public record Line(AllocationId allocationId, ItemId debitItemId, Money amount, LocalDate effectiveDate,
      Money discount, Money debitOpenAfter) {}
}
