package org.openar.collections.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openar.collections.StrategyView;
import org.openar.customers.CompanyId;
import org.openar.customers.Tier;

/**
 * Which strategy dunns a customer when it has no override: among the active strategies of its company, else the
 * shared defaults, those whose tier and segment (a tag) match; the most specific first, then the lowest priority.
 */
public final class StrategySelector {

  private StrategySelector() {}

  public static Optional<StrategyView> select(List<StrategyView> strategies, CompanyId company, Tier tier,
      List<String> tags) {
    Optional<StrategyView> own = best(strategies.stream().filter(s -> company.equals(s.companyId())).toList(), tier,
        tags);
    return own.isPresent() ? own : best(strategies.stream().filter(s -> s.companyId() == null).toList(), tier, tags);
  }

  private static Optional<StrategyView> best(List<StrategyView> candidates, Tier tier, List<String> tags) {
    return candidates.stream()
        .filter(StrategyView::active)
        .filter(s -> s.tier() == null || s.tier() == tier)
        .filter(s -> s.segment() == null || tags.stream().anyMatch(t -> t.equalsIgnoreCase(s.segment())))
        .min(Comparator.comparingInt(StrategySelector::specificity).reversed()
            .thenComparingInt(StrategyView::priority).thenComparing(StrategyView::code));
  }

  private static int specificity(StrategyView s) {
    return (s.tier() == null ? 0 : 1) + (s.segment() == null ? 0 : 1);
  }
}
