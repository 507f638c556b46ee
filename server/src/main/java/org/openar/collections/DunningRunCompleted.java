package org.openar.collections;

import java.time.LocalDate;
import java.util.Map;

/** A (non-dry) dunning run finished; {@code outcomes} counts its decisions. */
public record DunningRunCompleted(RunId runId, LocalDate asOf, RunKind kind, int customers,
    Map<DecisionOutcome, Integer> outcomes) {

  public DunningRunCompleted {
    outcomes = Map.copyOf(outcomes);
  }
}
