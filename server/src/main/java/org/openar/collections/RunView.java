package org.openar.collections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openar.customers.CompanyId;

/** A dunning run and what it did: customers planned, and decisions counted by outcome. */
public record RunView(
    RunId id,
    LocalDate asOf,
    RunKind kind,
    boolean dryRun,
    CompanyId companyId,
    int customerFilter,
    RunStatus status,
    String startedBy,
    String node,
    Instant startedAt,
    Instant finishedAt,
    int customers,
    Map<DecisionOutcome, Integer> outcomes,
    String error,
    List<String> notes) {

  public RunView {
    outcomes = Map.copyOf(outcomes);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public int count(DecisionOutcome outcome) {
    return outcomes.getOrDefault(outcome, 0);
  }
}
