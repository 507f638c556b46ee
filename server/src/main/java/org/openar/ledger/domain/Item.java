package org.openar.ledger.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.Side;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * An open item inside a {@link LedgerBook}: its facts, its current open amount and status, and every allocation row
 * that touches it. Only the book changes it, and only together with the rows that justify the change.
 */
public final class Item {

  private final ItemFacts facts;
  private long openMinor;
  private ItemStatus status;
  private final List<Entry> entries = new ArrayList<>();

  Item(ItemFacts facts, long openMinor, ItemStatus status) {
    this.facts = facts;
    this.openMinor = openMinor;
    this.status = status;
  }

  public ItemFacts facts() {
    return facts;
  }

  public ItemId id() {
    return facts.id();
  }

  public ItemType type() {
    return facts.type();
  }

  public Side side() {
    return facts.side();
  }

  public CustomerId customerId() {
    return facts.customerId();
  }

  public CurrencyCode currency() {
    return facts.currency();
  }

  public String documentNumber() {
    return facts.documentNumber();
  }

  public long originalMinor() {
    return facts.originalMinor();
  }

  public long openMinor() {
    return openMinor;
  }

  public Money original() {
    return facts.original();
  }

  public Money open() {
    return Money.ofMinor(openMinor, facts.currency());
  }

  public ItemStatus status() {
    return status;
  }

  public boolean isReversed() {
    return status == ItemStatus.REVERSED;
  }

  public LocalDate ledgerDate() {
    return facts.ledgerDate();
  }

  /** Every allocation row touching this item, in the order they were made. */
  public List<Entry> entries() {
    return Collections.unmodifiableList(entries);
  }

  /** The open amount on {@code date}, replayed from the rows: zero before the item existed. */
  public long openAsOf(LocalDate date) {
    if (ledgerDate().isAfter(date)) {
      return 0;
    }
    long applied = 0;
    for (Entry e : entries) {
      if (!e.effectiveDate().isAfter(date)) {
        applied += e.amountMinor();
      }
    }
    return facts.originalMinor() - applied;
  }

  /** The latest effective date of any row, or the ledger date when there is none. */
  public LocalDate lastMovementDate() {
    LocalDate last = ledgerDate();
    for (Entry e : entries) {
      if (e.effectiveDate().isAfter(last)) {
        last = e.effectiveDate();
      }
    }
    return last;
  }

  void attach(Entry entry) {
    entries.add(entry);
  }

  /** Applies a row's amount: positive allocations reduce the open amount, unallocations restore it. */
  void apply(long appliedMinor) {
    long next = openMinor - appliedMinor;
    if (next < 0 || next > facts.originalMinor() || isReversed()) {
      throw new IllegalStateException("open amount of " + id() + " would become " + next);
    }
    openMinor = next;
    status = next == 0 ? ItemStatus.CLEARED : ItemStatus.OPEN;
  }

  void markReversed() {
    if (openMinor != 0) {
      throw new IllegalStateException("only a fully offset item can be marked reversed: " + id());
    }
    status = ItemStatus.REVERSED;
  }

  @Override
  public String toString() {
    return type() + " " + documentNumber() + " " + open() + "/" + facts.original() + " " + status;
  }
}
