package org.openar.ledger;

import java.util.List;

/**
 * Many receipts were applied in one {@link Ledger#receiveAll} call: one {@link ItemsAllocated} per receipt, in the
 * order they were written. Listeners treat it as those events one after the other; one publication instead of
 * thousands keeps a bulk load from flooding the event registry.
 */
public record ItemsAllocatedInBulk(List<ItemsAllocated> allocations) {

  public ItemsAllocatedInBulk {
    allocations = List.copyOf(allocations);
  }

  /** Every debit item touched, in order, without repeats. */
  public List<ItemId> debitItemIds() {
    return allocations.stream().flatMap(a -> a.lines().stream()).map(ItemsAllocated.Line::debitItemId).distinct()
        .toList();
  }
}
