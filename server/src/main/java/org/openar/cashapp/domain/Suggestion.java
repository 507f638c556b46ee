package org.openar.cashapp.domain;

import java.util.List;
import java.util.UUID;
import org.openar.shared.money.Money;

/**
 * One ranked way to apply a line, as the exception queue keeps it: the engine's proposal with its invoices resolved to
 * ledger items. {@code blocker} is null when it can be posted as it stands, else a note code saying why not (another
 * currency). {@code customerId} receives any {@code onAccount} remainder.
 */
public record Suggestion(int rank, UUID customerId, String customerName, List<Applied> allocations, Money onAccount,
    double confidence, List<Explanation> reasons, String blocker) {

  public Suggestion {
    allocations = List.copyOf(allocations);
    reasons = List.copyOf(reasons);
  }

  public boolean onAccountOnly() {
    return allocations.isEmpty();
  }

  /**
   * Cash applied to one open item: {@code applied} in the line's currency; {@code discount} (early payment) and
   * {@code writeOff} (bank-fee shortfall) in the item's currency; {@code itemOpen} what was open when matched.
   */
  public record Applied(UUID itemId, String documentNumber, UUID customerId, String customerName, Money applied,
      Money discount, Money writeOff, Money itemOpen) {}

  /** A piece of the explanation: message key {@code reason.<code>} or {@code note.<code>} with its arguments. */
  public record Explanation(String key, List<String> args, double weight) {

    public Explanation {
      args = List.copyOf(args);
    }
  }
}
