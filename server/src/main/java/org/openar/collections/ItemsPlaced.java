package org.openar.collections;

import java.util.List;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;

public record ItemsPlaced(PlacementId placementId, CustomerId customerId, AgencyId agencyId, PlacementKind kind,
    List<ItemId> items) {

  public ItemsPlaced {
    items = List.copyOf(items);
  }
}
