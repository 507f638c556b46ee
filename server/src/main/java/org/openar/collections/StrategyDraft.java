package org.openar.collections;

import java.util.List;
import org.openar.customers.Tier;

/**
 * A strategy version as its author writes it. {@code tier} and {@code segment} (a customer tag) select the customers
 * it applies to (null: any); among the strategies matching a customer the most specific wins, then the lowest
 * {@code priority}. Steps are sorted by offset when saved.
 */
public record StrategyDraft(String name, String description, Tier tier, String segment, Integer priority,
    List<StrategyStep> steps, String comment) {

  public StrategyDraft {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }
}
