package org.openar.collections.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openar.collections.DecisionItem;
import org.openar.collections.DecisionOutcome;
import org.openar.collections.DecisionReason;
import org.openar.collections.StepChannel;
import org.openar.collections.StrategyStep;
import org.openar.ledger.ItemId;

/**
 * Decides one channel for one customer: the highest level of the channel that some eligible item newly reached and
 * whose conditions hold. Lower levels are tried when a higher one is held back by a condition, so a customer below the
 * final notice's minimum still gets the reminder it is due.
 */
final class ChannelPlanner {

  private record Hold(int level, DecisionReason reason, Map<String, Object> detail) {}

  private final CustomerCase c;
  private final StepLadder ladder;
  private final StepChannel channel;
  private final List<ItemStanding> standings;

  ChannelPlanner(CustomerCase c, StepLadder ladder, StepChannel channel, List<ItemStanding> standings) {
    this.c = c;
    this.ladder = ladder;
    this.channel = channel;
    this.standings = standings;
  }

  Optional<PlannedDecision> plan() {
    List<Integer> levels = new ArrayList<>();
    for (int level = ladder.size(); level >= 1; level--) {
      if (ladder.step(level).channel() == channel) {
        levels.add(level);
      }
    }
    List<ItemStanding> fresh = new ArrayList<>();
    Integer excludedAt = null;
    for (int level : levels) {
      for (ItemStanding s : standings) {
        if (s.triggers(level) && s.reached() == level) {
          if (s.exclusion(ladder.step(level)) == null) {
            fresh.add(s);
          } else if (excludedAt == null) {
            excludedAt = level;
          }
        }
      }
    }
    if (fresh.isEmpty()) {
      return excludedAt == null ? Optional.empty()
          : Optional.of(skipped(new Hold(excludedAt, DecisionReason.ITEMS_EXCLUDED, Map.of())));
    }
    return Optional.of(choose(levels, fresh));
  }

  /**
   * The communication at the highest level any listed item has reached on this channel (not only the items that
   * brought it about), falling back to lower levels while a level's conditions hold it back.
   */
  private PlannedDecision choose(List<Integer> levels, List<ItemStanding> fresh) {
    Hold hold = null;
    for (int level : levels) {
      StrategyStep step = ladder.step(level);
      final int l = level;
      if (included(level, step).stream().noneMatch(s -> s.reached() >= l)) {
        continue;
      }
      Hold h = conditions(level, step);
      if (h == null) {
        return decide(level, step, fresh);
      }
      hold = hold == null ? h : hold;
    }
    return skipped(hold != null ? hold
        : new Hold(fresh.get(0).reached(), DecisionReason.ITEMS_EXCLUDED, Map.of()));
  }

  /** Null when the step's conditions hold, else what holds it back. */
  private Hold conditions(int level, StrategyStep step) {
    if (step.minOverdue() != null) {
      OverdueTotal total = OverdueTotal.of(included(level, step), c.asOf(), step.minOverdue().currency(), c.fx());
      if (total.amount().compareTo(step.minOverdue()) < 0) {
        return new Hold(level, DecisionReason.BELOW_MIN_AMOUNT,
            Details.of("overdue", total.amount().amount().toPlainString(), "minimum",
                step.minOverdue().amount().toPlainString(), "currency", step.minOverdue().currency().code()));
      }
    }
    Integer minDays = step.minDaysSinceContact();
    if (minDays != null && c.lastContact() != null
        && ChronoUnit.DAYS.between(c.lastContact(), c.asOf()) < minDays) {
      return new Hold(level, DecisionReason.RECENT_CONTACT,
          Details.of("lastContact", c.lastContact(), "minDays", minDays));
    }
    return null;
  }

  /** The items a communication lists: every overdue one, and those a step of this channel reached before due. */
  private List<ItemStanding> included(int level, StrategyStep step) {
    return standings.stream().filter(ChannelPlanner::listed).filter(s -> s.exclusion(step) == null).toList();
  }

  private static boolean listed(ItemStanding s) {
    return s.days() > 0 || s.reached() >= 1;
  }

  private PlannedDecision decide(int level, StrategyStep step, List<ItemStanding> fresh) {
    boolean byDays = fresh.stream().anyMatch(s -> s.reachedByDays() > s.done());
    DecisionReason due = byDays ? DecisionReason.STEP_DUE : DecisionReason.PROMISE_BROKEN;
    Map<ItemId, Integer> progress = new LinkedHashMap<>();
    Set<ItemId> escalations = new HashSet<>();
    for (ItemStanding s : included(level, step)) {
      int done = Math.min(s.reached(), level);
      if (done > s.done()) {
        progress.put(s.item().id(), done);
      }
      if (s.escalated() && s.reached() > s.reachedByDays() && s.reached() <= level) {
        escalations.add(s.item().id());
      }
    }
    Map<String, Object> detail = Details.of("overdue", OverdueTotal.describe(included(level, step), c.asOf()),
        "trigger", due);
    List<DecisionItem> items = items(level, step);
    return switch (channel) {
      case EMAIL, SMS, LETTER -> message(level, step, due, detail, items, progress, escalations);
      case PHONE_TASK -> new PlannedDecision(channel, level, step, DecisionOutcome.TASK, DecisionReason.PHONE_STEP,
          detail, items, contact().orElse(null), null, progress, escalations);
      case ESCALATE_AGENCY, ESCALATE_LEGAL -> new PlannedDecision(channel, level, step, DecisionOutcome.ESCALATE,
          step.agencyId() != null ? DecisionReason.PLACED : DecisionReason.ESCALATION_REVIEW, detail, items, null,
          null, progress, escalations);
    };
  }

  private PlannedDecision message(int level, StrategyStep step, DecisionReason due, Map<String, Object> detail,
      List<DecisionItem> items, Map<ItemId, Integer> progress, Set<ItemId> escalations) {
    Optional<ContactChoice> contact = contact();
    if (contact.isEmpty()) {
      // the step stays due: once a contact is added, the next run sends it
      return new PlannedDecision(channel, level, step, DecisionOutcome.TASK, DecisionReason.NO_USABLE_CONTACT,
          Details.of("channel", channel), items, null, null, Map.of(), Set.of());
    }
    return new PlannedDecision(channel, level, step, DecisionOutcome.SEND, due, detail, items, contact.get(), null,
        progress, escalations);
  }

  private Optional<ContactChoice> contact() {
    return ContactChooser.choose(channel, c.contacts(), c.postalAddress(), c.name(), c.defaultLanguage());
  }

  private PlannedDecision skipped(Hold h) {
    StrategyStep step = ladder.step(h.level());
    return new PlannedDecision(channel, h.level(), step, DecisionOutcome.SKIP, h.reason(), h.detail(),
        items(h.level(), step), null, null, Map.of(), Set.of());
  }

  private List<DecisionItem> items(int level, StrategyStep step) {
    List<DecisionItem> out = new ArrayList<>();
    for (ItemStanding s : standings) {
      if (listed(s)) {
        OpenItem i = s.item();
        out.add(new DecisionItem(i.id(), i.documentNumber(), i.dueDate(), s.days(), i.open(),
            Math.min(s.reached(), level), s.exclusion(step)));
      }
    }
    return out;
  }
}
