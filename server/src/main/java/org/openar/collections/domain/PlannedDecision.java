package org.openar.collections.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.collections.DecisionItem;
import org.openar.collections.DecisionOutcome;
import org.openar.collections.DecisionReason;
import org.openar.collections.StepChannel;
import org.openar.collections.StrategyStep;
import org.openar.ledger.ItemId;

/**
 * One decision of the planner. {@code progress} says which level each listed item counts as dunned at on the channel
 * once the decision is carried out (empty when the step stays due); {@code escalationsUsed} are the escalation marks
 * it consumes.
 */
public record PlannedDecision(
    StepChannel channel,
    Integer level,
    StrategyStep step,
    DecisionOutcome outcome,
    DecisionReason reason,
    Map<String, Object> detail,
    List<DecisionItem> items,
    ContactChoice contact,
    Instant notBefore,
    Map<ItemId, Integer> progress,
    Set<ItemId> escalationsUsed) {

  public PlannedDecision {
    detail = Map.copyOf(detail);
    items = List.copyOf(items);
    progress = Map.copyOf(progress);
    escalationsUsed = Set.copyOf(escalationsUsed);
  }

  public PlannedDecision as(DecisionOutcome newOutcome, DecisionReason newReason, Map<String, Object> newDetail,
      Instant newNotBefore) {
    boolean keepsProgress = newOutcome != DecisionOutcome.SKIP;
    return new PlannedDecision(channel, level, step, newOutcome, newReason, newDetail, items, contact, newNotBefore,
        keepsProgress ? progress : Map.of(), keepsProgress ? escalationsUsed : Set.of());
  }

  public boolean isMessage() {
    return channel != null && channel.isMessage() && (outcome == DecisionOutcome.SEND
        || outcome == DecisionOutcome.DEFER);
  }
}
