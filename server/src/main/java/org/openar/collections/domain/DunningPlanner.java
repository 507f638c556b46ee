package org.openar.collections.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
 * Plans one customer on one run date: per channel of its strategy at most one decision (the highest level reached,
 * see {@link ChannelPlanner}), then the customer-wide rules in order: a dunning block holds everything, a holiday holds
 * every contact, the contact cap keeps the highest levels, quiet hours defer e-mail and SMS. Pure: the same case gives
 * the same plan, so a dry run shows exactly what the real run does.
 */
public final class DunningPlanner {

  private DunningPlanner() {}

  public static List<PlannedDecision> plan(CustomerCase c) {
    if (c.strategy() == null) {
      return noStrategy(c);
    }
    StepLadder ladder = new StepLadder(c.strategy());
    List<PlannedDecision> raw = new ArrayList<>();
    for (StepChannel channel : channels(ladder)) {
      new ChannelPlanner(c, ladder, channel, standings(c, ladder, channel)).plan().ifPresent(raw::add);
    }
    boolean acting = raw.stream().anyMatch(d -> d.outcome() != DecisionOutcome.SKIP);
    if (!acting) {
      return raw;
    }
    if (c.profile().blockedOn(c.asOf())) {
      return List.of(blocked(c, raw));
    }
    if (c.compliance().isHoliday(c.asOf())) {
      return raw.stream().map(d -> d.outcome() == DecisionOutcome.SKIP ? d
          : d.as(DecisionOutcome.SKIP, DecisionReason.HOLIDAY, Details.of("date", c.asOf()), null)).toList();
    }
    return CompliancePolicy.apply(c, raw);
  }

  private static Set<StepChannel> channels(StepLadder ladder) {
    Set<StepChannel> channels = EnumSet.noneOf(StepChannel.class);
    for (int level = 1; level <= ladder.size(); level++) {
      channels.add(ladder.step(level).channel());
    }
    return channels;
  }

  static List<ItemStanding> standings(CustomerCase c, StepLadder ladder, StepChannel channel) {
    List<ItemStanding> out = new ArrayList<>();
    for (OpenItem item : c.items()) {
      long days = item.daysOverdue(c.asOf());
      Map<StepChannel, ItemProgress> progress = c.progress().getOrDefault(item.id(), Map.of());
      int byDays = ladder.reachedByDays(channel, days);
      int reached = byDays;
      boolean escalated = c.escalated().contains(item.id());
      if (escalated) {
        int next = ladder.doneOverall(progress) + 1;
        if (next <= ladder.size() && ladder.step(next).channel() == channel) {
          reached = Math.max(reached, next);
        }
      }
      java.time.LocalDate until = c.promisedUntil().get(item.id());
      out.add(new ItemStanding(item, days, reached, byDays, ladder.done(channel, progress.get(channel)),
          c.disputed().contains(item.id()), until != null && !c.asOf().isAfter(until), c.placed().contains(item.id()),
          escalated));
    }
    return out;
  }

  private static PlannedDecision blocked(CustomerCase c, List<PlannedDecision> raw) {
    Map<ItemId, DecisionItem> items = new LinkedHashMap<>();
    raw.forEach(d -> d.items().forEach(i -> items.putIfAbsent(i.itemId(), i)));
    int level = raw.stream().mapToInt(d -> d.level() == null ? 0 : d.level()).max().orElse(0);
    return new PlannedDecision(null, level == 0 ? null : level, null, DecisionOutcome.SKIP,
        DecisionReason.CUSTOMER_BLOCKED, Details.of("blockReason", c.profile().blockReason(), "blockedUntil",
        c.profile().blockedUntil()), List.copyOf(items.values()), null, null, Map.of(), Set.of());
  }

  private static List<PlannedDecision> noStrategy(CustomerCase c) {
    List<DecisionItem> overdue = c.items().stream().filter(i -> i.daysOverdue(c.asOf()) > 0)
        .map(i -> new DecisionItem(i.id(), i.documentNumber(), i.dueDate(), i.daysOverdue(c.asOf()), i.open(), 0,
            null)).toList();
    if (overdue.isEmpty()) {
      return List.of();
    }
    return List.of(new PlannedDecision(null, null, (StrategyStep) null, DecisionOutcome.SKIP,
        DecisionReason.NO_STRATEGY, Map.of(), overdue, null, null, Map.of(), Set.of()));
  }
}
