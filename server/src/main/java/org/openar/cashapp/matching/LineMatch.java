package org.openar.cashapp.matching;

import java.util.List;

/**
 * The engine's answer for one receipt: the status, the best proposal (null when UNMATCHED) and the runners-up in
 * rank order for the exception queue. The posting layer turns an AUTO line into a receipt, its allocations, the
 * discounts taken, the fee write-offs and the on-account remainder, in one transaction.
 */
public record LineMatch(Receipt receipt, MatchStatus status, Proposal best, List<Proposal> alternatives,
    List<Reason> notes) {

  public LineMatch {
    alternatives = List.copyOf(alternatives);
    notes = List.copyOf(notes);
  }

  public double confidence() {
    return best == null ? 0.0 : best.confidence();
  }
}
