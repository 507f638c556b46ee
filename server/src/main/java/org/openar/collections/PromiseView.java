package org.openar.collections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

/**
 * A promise to pay {@code amount} by {@code promisedDate} for the listed items; dunning leaves them alone until
 * {@code promisedDate + graceDays}. {@code paid} is what the ledger shows paid on them since the promise.
 */
public record PromiseView(PromiseId id, CustomerId customerId, Money amount, LocalDate promisedDate, int graceDays,
    PromiseChannel channel, String promisedBy, String note, PromiseStatus status, Money paid, List<ItemId> items,
    String recordedBy, Instant createdAt, LocalDate resolvedOn) {

  public PromiseView {
    items = List.copyOf(items);
  }

  /** The last day dunning pauses for the covered items. */
  public LocalDate pausedUntil() {
    return promisedDate.plusDays(graceDays);
  }
}
