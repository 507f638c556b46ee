package org.openar.collections;

import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

/**
 * Promises to pay. Kept or broken is decided from the ledger: payments allocated to the covered items (as they
 * happen, through ledger events) and a daily check once the promised date plus grace has passed. A broken promise
 * moves its still-open items to their next dunning step and opens a follow-up task.
 */
public interface Promises {

  /**
   * @throws org.openar.shared.error.OpenArException COLLECTIONS_ITEM_PROMISED when an item already has an open promise
   */
  PromiseView make(CustomerId customer, NewPromise promise);

  PromiseView cancel(PromiseId id, String reason);

  PromiseView get(PromiseId id);

  List<PromiseView> ofCustomer(CustomerId customer);

  /** Kept / (kept + broken) over the last 12 months; null when there were none. */
  PromiseRate rate(CustomerId customer);

  /** Breaks every open promise whose grace ended before {@code today}; returns how many broke. */
  int checkDue(LocalDate today);

  /** {@code graceDays} null: the configured default. {@code items} empty: all of the customer's overdue items. */
  record NewPromise(Money amount, LocalDate promisedDate, Integer graceDays, PromiseChannel channel,
      String promisedBy, String note, List<ItemId> items) {}

  record PromiseRate(int kept, int broken, java.math.BigDecimal rate) {}
}
