package org.openar.collections;

import java.time.Instant;
import java.util.List;
import org.openar.customers.CompanyId;
import org.openar.customers.Tier;

/**
 * One version of a strategy; {@code currentVersion} is the one runs use. {@code companyId} null: it applies to every
 * company without a strategy of its own (the shipped defaults). Steps are in level order (step 1 first).
 */
public record StrategyView(
    StrategyId id,
    CompanyId companyId,
    String code,
    int version,
    int currentVersion,
    boolean active,
    String name,
    String description,
    Tier tier,
    String segment,
    int priority,
    List<StrategyStep> steps,
    String comment,
    String createdBy,
    Instant createdAt) {

  public StrategyView {
    steps = List.copyOf(steps);
  }

  /** The step of a level (1-based). */
  public StrategyStep step(int level) {
    return steps.get(level - 1);
  }
}
