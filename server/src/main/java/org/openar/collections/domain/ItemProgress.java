package org.openar.collections.domain;

import org.openar.collections.StrategyId;

/** The last step an item was dunned at on one channel, under the strategy version of that run. */
public record ItemProgress(int level, int offsetDays, StrategyId strategyId, int strategyVersion) {}
