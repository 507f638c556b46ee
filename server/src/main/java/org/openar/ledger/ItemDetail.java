package org.openar.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openar.shared.money.Money;

/**
 * An item with what happened to it: {@code allocations} are the allocations in force now, {@code history} every
 * allocation and unallocation row in effective-date order with the open amount after it, and {@code reversal} the
 * REVERSAL entry of a reversed item (or, for a REVERSAL entry, the item it reverses).
 */
public record ItemDetail(ItemView item, List<Movement> allocations, List<Movement> history, ItemView reversal) {

  public ItemDetail {
    allocations = List.copyOf(allocations);
    history = List.copyOf(history);
  }

  /**
   * One allocation row seen from the item: {@code change} is what it did to this item's open amount (negative for an
   * allocation, positive for an unallocation), {@code openAfter} the open amount after it.
   */
  public record Movement(
      AllocationId allocationId,
      AllocationView.Kind kind,
      ItemId counterItemId,
      ItemType counterType,
      String counterDocumentNumber,
      Money amount,
      Money change,
      Money openAfter,
      LocalDate effectiveDate,
      AllocationId undoes,
      AllocationId undoneBy,
      String note,
      Instant recordedAt,
      String recordedBy) {}
}
