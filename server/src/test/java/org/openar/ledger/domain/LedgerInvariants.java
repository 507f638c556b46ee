package org.openar.ledger.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openar.ledger.AgingBasis;
import org.openar.ledger.AgingBuckets;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.Side;
import org.openar.ledger.domain.AgingCalculator.Key;

/**
 * Every invariant of a ledger, checked on a whole {@link LedgerBook}: per item, per row, per customer and currency, and
 * for every date on which anything changes (between two such dates nothing does). Throws {@link AssertionError} naming
 * the broken rule.
 */
public final class LedgerInvariants {

  private static final AgingBuckets BUCKETS = AgingBuckets.DEFAULT;

  private LedgerInvariants() {}

  /** All invariants, the history ones on every change date. */
  public static void check(LedgerBook book) {
    check(book, LocalDate.MIN);
  }

  /**
   * All invariants, the history ones on the change dates from {@code from} on: a step whose rows and items start on
   * {@code from} cannot have changed any earlier state, which the previous steps' checks covered.
   */
  public static void check(LedgerBook book, LedgerBook.Changes changes) {
    LocalDate from = LocalDate.MAX;
    for (Item i : changes.newItems()) {
      from = i.ledgerDate().minusDays(1).isBefore(from) ? i.ledgerDate().minusDays(1) : from;
    }
    for (Entry e : changes.newEntries()) {
      from = e.effectiveDate().isBefore(from) ? e.effectiveDate() : from;
    }
    check(book, from);
  }

  private static void check(LedgerBook book, LocalDate from) {
    Map<Key, long[]> perAccount = new HashMap<>();
    for (Item item : book.items()) {
      checkItem(book, item);
      long[] acc = perAccount.computeIfAbsent(account(item), k -> new long[4]);
      int side = item.side() == Side.DEBIT ? 0 : 2;
      acc[side] += item.originalMinor();
      acc[side + 1] += item.openMinor();
    }
    for (Entry e : book.entries()) {
      checkEntry(book, e);
    }
    for (Map.Entry<Key, long[]> a : perAccount.entrySet()) {
      long[] v = a.getValue();
      require(v[0] - v[2] == v[1] - v[3], "Σ debits − Σ credits = Σ open debits − Σ open credits for " + a.getKey());
    }
    checkHistory(book, from);
  }

  private static void checkItem(LedgerBook book, Item item) {
    long open = item.openMinor();
    require(open >= 0 && open <= item.originalMinor(), "0 <= open <= original: " + item);
    long applied = 0;
    for (Entry e : item.entries()) {
      applied += e.amountMinor();
    }
    require(open == item.originalMinor() - applied, "open = original − Σ applied: " + item);
    require(item.status() == ItemStatus.OPEN ? open > 0 : open == 0, "status matches open amount: " + item);
    if (item.type() == ItemType.REVERSAL) {
      Item reversed = book.require(item.facts().reversesItemId(), "reversesItemId");
      require(item.status() == ItemStatus.REVERSED && reversed.status() == ItemStatus.REVERSED,
          "both legs of a reversal are REVERSED: " + item);
      require(reversed.side() == item.side().opposite() && reversed.originalMinor() == item.originalMinor(),
          "a reversal mirrors its item: " + item);
    } else if (item.status() == ItemStatus.REVERSED) {
      int counters = 0;
      for (Item i : book.items()) {
        counters += item.id().equals(i.facts().reversesItemId()) ? 1 : 0;
      }
      require(counters == 1, "a reversed item has exactly one reversal entry: " + item);
    }
  }

  private static void checkEntry(LedgerBook book, Entry e) {
    Item credit = book.require(e.creditId(), "credit");
    Item debit = book.require(e.debitId(), "debit");
    require(credit.side() == Side.CREDIT && debit.side() == Side.DEBIT, "credit to debit: " + e);
    require(credit.currency().equals(e.currency()) && debit.currency().equals(e.currency()),
        "one currency per allocation: " + e);
    require(credit.customerId().equals(debit.customerId()), "one customer per allocation: " + e);
    require(!e.effectiveDate().isBefore(credit.ledgerDate()) && !e.effectiveDate().isBefore(debit.ledgerDate()),
        "an allocation is effective once both items exist: " + e);
    if (e.isUndo()) {
      Entry undone = book.entry(e.undoes()).orElseThrow();
      require(!undone.isUndo() && undone.amountMinor() == -e.amountMinor()
          && undone.creditId().equals(e.creditId()) && undone.debitId().equals(e.debitId())
          && !e.effectiveDate().isBefore(undone.effectiveDate()), "an unallocation mirrors its allocation: " + e);
      require(e.id().equals(book.undoneBy(undone.id())), "an allocation is undone once: " + e);
    }
  }

  /** Every change date: each item within bounds, and aging total = open balance, by both bases. */
  private static void checkHistory(LedgerBook book, LocalDate from) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Item i : book.items()) {
      dates.add(i.ledgerDate());
      dates.add(i.ledgerDate().minusDays(1));
    }
    for (Entry e : book.entries()) {
      dates.add(e.effectiveDate());
    }
    for (LocalDate d : dates.tailSet(from, true)) {
      Map<Key, Long> balance = new HashMap<>();
      for (Item i : book.items()) {
        long open = i.openAsOf(d);
        require(open >= 0 && open <= i.originalMinor(), "0 <= open <= original on " + d + ": " + i);
        if (!i.ledgerDate().isAfter(d)) {
          balance.merge(account(i), i.side().sign() * i.originalMinor(), Long::sum);
        }
      }
      checkAging(book, d, AgingBasis.DUE_DATE, balance);
      checkAging(book, d, AgingBasis.DOCUMENT_DATE, balance);
    }
  }

  private static void checkAging(LedgerBook book, LocalDate d, AgingBasis basis, Map<Key, Long> balance) {
    Map<Key, long[]> aged = AgingCalculator.bucketSums(book.items(), d, basis, BUCKETS);
    for (Map.Entry<Key, Long> b : balance.entrySet()) {
      long[] buckets = aged.get(b.getKey());
      long total = 0;
      for (int i = 0; buckets != null && i < buckets.length; i++) {
        total += buckets[i];
      }
      require(total == b.getValue(), "aging total = open balance on " + d + " (" + basis + ") for " + b.getKey()
          + ": " + total + " vs " + b.getValue());
    }
    for (Key k : aged.keySet()) {
      require(balance.containsKey(k), "nothing is aged that does not exist on " + d);
    }
  }

  /** Per account: the net balance, Σ sign × original of the items, which allocations never move. */
  public static Map<Key, Long> netBalances(LedgerBook book) {
    Map<Key, Long> net = new HashMap<>();
    for (Item i : book.items()) {
      net.merge(account(i), i.side().sign() * i.originalMinor(), Long::sum);
    }
    return net;
  }

  /** Open amount and status of every item, in posting order. */
  public static List<Long> openState(LedgerBook book) {
    List<Long> state = new ArrayList<>(book.items().size());
    for (Item i : book.items()) {
      state.add(i.openMinor() * 4 + i.status().ordinal());
    }
    return state;
  }

  static Key account(Item i) {
    return new Key(i.customerId(), i.currency());
  }

  private static void require(boolean ok, String rule) {
    if (!ok) {
      throw new AssertionError("invariant broken: " + rule);
    }
  }
}
