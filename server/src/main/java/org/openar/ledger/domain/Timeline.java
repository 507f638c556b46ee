package org.openar.ledger.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Guards the past: an allocation dated in the past changes the open amount on every later date, not only today's, so
 * a new row is acceptable only if the item's open amount stays within [0, original] on every date from the row's date
 * on. That keeps every reconstructed state (aging as of any date) a valid ledger.
 */
final class Timeline {

  /** A row about to be written: {@code appliedMinor} is positive for an allocation, negative for an unallocation. */
  record Pending(LocalDate date, long appliedMinor) {}

  private Timeline() {}

  /** The first date on which {@code item} would leave [0, original] with the pending rows added, or null. */
  static LocalDate firstBreach(Item item, List<Pending> pending) {
    if (pending.isEmpty()) {
      return null;
    }
    TreeMap<LocalDate, Long> deltas = new TreeMap<>();
    for (Entry e : item.entries()) {
      deltas.merge(e.effectiveDate(), e.amountMinor(), Long::sum);
    }
    LocalDate from = pending.get(0).date();
    for (Pending p : pending) {
      deltas.merge(p.date(), p.appliedMinor(), Long::sum);
      from = p.date().isBefore(from) ? p.date() : from;
    }
    long original = item.originalMinor();
    long applied = 0;
    for (Map.Entry<LocalDate, Long> d : deltas.entrySet()) {
      applied += d.getValue();
      long open = original - applied;
      if (!d.getKey().isBefore(from) && (open < 0 || open > original)) {
        return d.getKey();
      }
    }
    return null;
  }
}
