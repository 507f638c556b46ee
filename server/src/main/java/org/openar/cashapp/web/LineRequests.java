package org.openar.cashapp.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.openar.cashapp.domain.SplitRules;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

/**
 * Request bodies of the line actions. {@code version} (optional) is the line version the clerk looked at: a line
 * changed since (matched again, resolved by someone else) answers 409 instead of doing something unexpected.
 */
final class LineRequests {

  private LineRequests() {}

  /** {@code suggestion}: the rank to accept, 0 (the best) when omitted. */
  record AcceptRequest(Integer suggestion, Long version) {}

  /** One invoice: the cash applied, whether to take the early-payment discount (default true), a fee write-off. */
  record SplitLine(@NotNull UUID itemId, Money amount, Boolean takeDiscount, Money writeOff) {
    SplitRules.Requested requested() {
      return new SplitRules.Requested(new ItemId(itemId), amount, takeDiscount == null || takeDiscount, writeOff);
    }
  }

  /** {@code customerId}: whose account takes what is not applied (default: the first item's customer). */
  record SplitRequest(List<@Valid @NotNull SplitLine> allocations, UUID customerId, Long version) {}

  record OnAccountRequest(UUID customerId, Long version) {}

  record ReasonRequest(String reason, Long version) {}

  /** What makes two calls with one idempotency key "the same": the line and the body. */
  record Keyed(UUID lineId, Object body) {}
}
