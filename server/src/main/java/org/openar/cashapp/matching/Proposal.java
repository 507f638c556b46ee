package org.openar.cashapp.matching;

import java.util.List;
import org.openar.shared.money.Money;

/**
 * One way to apply a receipt: to a customer, over zero or more open items, with any remainder on account. The
 * confidence is the logistic of the summed evidence weights in {@code reasons}.
 */
public record Proposal(String customerId, List<Allocation> allocations, Money onAccount, double score,
    List<Reason> reasons) {

  public Proposal {
    allocations = List.copyOf(allocations);
    reasons = List.copyOf(reasons);
  }

  public double confidence() {
    return 1.0 / (1.0 + Math.exp(-score));
  }

  public boolean hasAllocations() {
    return !allocations.isEmpty();
  }

  /** Whether both would post the same: same customer, same invoices with the same applied amounts, in order. */
  boolean postsSameAs(Proposal o) {
    if (!customerId.equals(o.customerId) || allocations.size() != o.allocations.size()) {
      return false;
    }
    for (int k = 0; k < allocations.size(); k++) {
      Allocation a = allocations.get(k);
      Allocation b = o.allocations.get(k);
      if (!a.invoiceNumber().equals(b.invoiceNumber()) || a.applied().minor() != b.applied().minor()) {
        return false;
      }
    }
    return true;
  }

  /** Identifies what the proposal would post, to tell alternatives that differ from the same one found twice. */
  String signature() {
    StringBuilder sb = new StringBuilder(customerId).append(':');
    allocations.forEach(a -> sb.append(a.invoiceNumber()).append('=').append(a.applied().minor()).append(';'));
    return sb.toString();
  }
}
