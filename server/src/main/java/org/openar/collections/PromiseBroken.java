package org.openar.collections;

import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

/** The promised date plus grace passed without the full amount; the still-open items move to their next step. */
public record PromiseBroken(PromiseId promiseId, CustomerId customerId, Money amount, Money paid, LocalDate brokenOn,
    List<ItemId> openItems) {

  public PromiseBroken {
    openItems = List.copyOf(openItems);
  }
}
