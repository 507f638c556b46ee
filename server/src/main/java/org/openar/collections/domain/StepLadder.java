package org.openar.collections.domain;

import java.util.List;
import java.util.Map;
import org.openar.collections.StepChannel;
import org.openar.collections.StrategyStep;
import org.openar.collections.StrategyView;

/**
 * The steps of one strategy version as levels 1..n, and how far an item is on them: which level of a channel its days
 * past due reach, and which level it was dunned at, translating progress made under another version (or strategy) by
 * offset, so that an edited strategy never repeats a step an item has passed.
 */
public final class StepLadder {

  private final StrategyView strategy;
  private final List<StrategyStep> steps;

  public StepLadder(StrategyView strategy) {
    this.strategy = strategy;
    this.steps = strategy.steps();
  }

  public StrategyView strategy() {
    return strategy;
  }

  public int size() {
    return steps.size();
  }

  public StrategyStep step(int level) {
    return steps.get(level - 1);
  }

  /** The highest level of {@code channel} whose offset {@code days} has reached; 0 when none. */
  public int reachedByDays(StepChannel channel, long days) {
    int reached = 0;
    for (int level = 1; level <= steps.size(); level++) {
      StrategyStep s = steps.get(level - 1);
      if (s.offsetDays() <= days && s.channel() == channel) {
        reached = level;
      }
    }
    return reached;
  }

  /** The level of {@code channel} an item counts as dunned at, given its stored progress on that channel. */
  public int done(StepChannel channel, ItemProgress p) {
    if (p == null) {
      return 0;
    }
    if (p.strategyId().equals(strategy.id()) && p.strategyVersion() == strategy.version()) {
      return p.level();
    }
    return reachedByDays(channel, p.offsetDays());
  }

  /** The highest level done on any channel. */
  public int doneOverall(Map<StepChannel, ItemProgress> progress) {
    int max = 0;
    for (Map.Entry<StepChannel, ItemProgress> e : progress.entrySet()) {
      int done = done(e.getKey(), e.getValue());
      if (done > 0) {
        // a level done on one channel means every earlier step is behind the item too
        max = Math.max(max, done);
      }
    }
    return max;
  }
}
