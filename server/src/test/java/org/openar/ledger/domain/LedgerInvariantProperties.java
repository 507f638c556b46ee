package org.openar.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.Ledger;
import org.openar.shared.error.OpenArException;

/**
 * Random operation sequences (post, allocate, unallocate, reverse, write off, post-and-reverse) on a plain-Java ledger,
 * with random dates, customers, currencies, amounts and discount terms. After every step, every invariant of
 * {@link LedgerInvariants} holds; a refused step changes nothing; an accepted step moves exactly the amounts it says.
 * 100,000 sequences in total.
 */
class LedgerInvariantProperties {

  static final LocalDate TODAY = LocalDate.parse("2026-12-31");

  @Property(tries = 60_000)
  void everyStepOfARandomHistoryKeepsTheLedgerValid(@ForAll("histories") List<Op> history) {
    run(history);
  }

  @Property(tries = 40_000)
  void allocationHeavyHistoriesKeepTheLedgerValid(@ForAll("allocationHeavy") List<Op> history) {
    run(history);
  }

  @Provide
  Arbitrary<List<Op>> histories() {
    return ops(Arbitraries.integers().between(0, 99)).list().ofMinSize(1).ofMaxSize(16);
  }

  @Provide
  Arbitrary<List<Op>> allocationHeavy() {
    Arbitrary<Integer> kinds = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(30, Arbitraries.integers().between(0, 39)),
        net.jqwik.api.Tuple.of(50, Arbitraries.integers().between(40, 69)),
        net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(70, 99)));
    return ops(kinds).list().ofMinSize(4).ofMaxSize(20);
  }

  private static Arbitrary<Op> ops(Arbitrary<Integer> kind) {
    return Combinators.combine(kind, Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
        Arbitraries.integers().between(0, 60_000), Arbitraries.integers().between(-30, 420)).as(Op::new);
  }

  /** One step; the numbers are resolved against the ledger as it is when the step runs. */
  record Op(int kind, int a, int b, int amount, int day) {
    LocalDate date() {
      return LocalDate.parse("2026-01-01").plusDays(day);
    }
  }

  private static void run(List<Op> history) {
    long[] next = {0};
    LedgerBook book = new LedgerBook(() -> new UUID(0x1L, ++next[0])); // cheap, unique within one history
    for (Op op : history) {
      List<Long> before = LedgerInvariants.openState(book);
      int entriesBefore = book.entries().size();
      Map<AgingCalculator.Key, Long> netBefore = LedgerInvariants.netBalances(book);
      try {
        step(book, op);
        Statistics.label("outcome").collect("accepted");
      } catch (OpenArException refused) {
        Statistics.label("outcome").collect(refused.errorCode().code());
        assertThat(LedgerInvariants.openState(book)).as("a refused step changes nothing").isEqualTo(before);
        assertThat(book.entries()).hasSize(entriesBefore);
        assertThat(LedgerInvariants.netBalances(book)).isEqualTo(netBefore);
      }
      LedgerInvariants.check(book, book.drainChanges());
    }
    LedgerInvariants.check(book);
  }

  private static void step(LedgerBook book, Op op) {
    int k = op.kind();
    if (k < 25) {
      postDebit(book, op);
    } else if (k < 40) {
      postCredit(book, op);
    } else if (k < 70) {
      allocate(book, op);
    } else if (k < 80) {
      unallocate(book, op);
    } else if (k < 90) {
      reverse(book, op);
    } else if (k < 95) {
      writeOff(book, op);
    } else {
      postAndReverse(book, op);
    }
  }

  private static Item postDebit(LedgerBook book, Op op) {
    ItemType type = op.a() % 7 == 0 ? ItemType.FEE : op.a() % 11 == 0 ? ItemType.INTEREST : ItemType.INVOICE;
    ItemBuilder b = ItemBuilder.anInvoice().ofType(type).of(customer(op)).amount(money(op, op.amount()))
        .dated(op.date().toString());
    if (op.b() % 3 == 0) {
      b.terms("2/10,1/20,NET30");
    } else {
      b.dueOn(op.date().plusDays(op.b() % 75 - 5).toString());
    }
    return b.postTo(book);
  }

  private static Item postCredit(LedgerBook book, Op op) {
    ItemType type = switch (op.a() % 4) {
      case 0 -> ItemType.CREDIT_NOTE;
      case 1 -> ItemType.ADVANCE;
      default -> ItemType.PAYMENT;
    };
    ItemBuilder b = ItemBuilder.aPayment().ofType(type).of(customer(op)).amount(money(op, op.amount()));
    return (type == ItemType.CREDIT_NOTE ? b.dated(op.date().toString()) : b.receivedOn(op.date().toString()))
        .postTo(book);
  }

  private static void allocate(LedgerBook book, Op op) {
    List<Item> credits = book.items().stream().filter(i -> i.side() == org.openar.ledger.Side.CREDIT).toList();
    List<Item> debits = book.items().stream().filter(i -> i.side() == org.openar.ledger.Side.DEBIT).toList();
    if (credits.isEmpty() || debits.isEmpty()) {
      return;
    }
    Item credit = credits.get(op.a() % credits.size());
    List<Ledger.AllocationLine> lines = new ArrayList<>();
    int count = 1 + op.b() % 3;
    for (int i = 0; i < count; i++) {
      Item debit = debits.get((op.b() / 3 + i * 7) % debits.size());
      boolean full = (op.amount() + i) % 2 == 0;
      lines.add(new Ledger.AllocationLine(debit.id(), full ? null : money(debit, 1 + (op.amount() / (i + 1)) % 40_000),
          op.a() % 5 != 0));
    }
    LocalDate date = op.day() % 3 == 0 ? null : op.date();
    Map<ItemId, Long> before = opens(book);
    List<Allocator.Applied> applied = book.allocate(new Ledger.Allocate(credit.id(), date, lines, null), TODAY);
    long total = 0;
    for (Allocator.Applied a : applied) {
      long discount = a.discount() == null ? 0 : a.discount().amountMinor();
      total += a.entry().amountMinor();
      assertThat(before.get(a.debit().id()) - a.debit().openMinor())
          .as("the debit goes down by the amount and the discount").isEqualTo(a.entry().amountMinor() + discount);
      if (a.discountItem() != null) {
        assertThat(a.discountItem().status()).isEqualTo(ItemStatus.CLEARED);
        assertThat(a.debit().openMinor()).as("a discount settles the debit").isZero();
      }
    }
    assertThat(before.get(credit.id()) - credit.openMinor()).isEqualTo(total);
  }

  private static void unallocate(LedgerBook book, Op op) {
    List<Entry> rows = new ArrayList<>(book.entries());
    if (rows.isEmpty()) {
      return;
    }
    Entry e = rows.get(op.a() % rows.size());
    Map<ItemId, Long> before = opens(book);
    boolean active = book.isActive(e);
    List<Entry> undone = book.unallocate(new Ledger.Unallocate(e.id(), op.day() % 4 == 0 ? null : op.date(), null),
        TODAY);
    assertThat(active).isTrue();
    assertThat(undone.get(0).undoes()).isEqualTo(e.id());
    Item credit = book.require(e.creditId(), "c");
    if (!credit.type().isSystem()) {
      assertThat(credit.openMinor() - before.get(credit.id())).isEqualTo(e.amountMinor());
    }
  }

  private static void reverse(LedgerBook book, Op op) {
    List<Item> items = new ArrayList<>(book.items());
    if (items.isEmpty()) {
      return;
    }
    Item x = items.get(op.a() % items.size());
    Map<ItemId, Long> before = opens(book);
    java.util.Set<ItemId> reversedBefore = new java.util.HashSet<>();
    book.items().stream().filter(Item::isReversed).forEach(i -> reversedBefore.add(i.id()));
    Map<AgingCalculator.Key, Long> netBefore = LedgerInvariants.netBalances(book);
    Unwinder.Reversal r = book.reverse(new Ledger.Reverse(x.id(), "why", op.day() % 4 == 0 ? null : op.date()),
        TODAY);
    Map<ItemId, Long> returned = new HashMap<>();
    for (Entry u : r.undoRows()) {
      returned.merge(u.creditId(), -u.amountMinor(), Long::sum);
      returned.merge(u.debitId(), -u.amountMinor(), Long::sum);
    }
    for (Item y : book.items()) {
      if (before.containsKey(y.id()) && y.status() != ItemStatus.REVERSED) {
        assertThat(y.openMinor()).as("every other item gets back exactly what was applied with the reversed ones")
            .isEqualTo(before.get(y.id()) + returned.getOrDefault(y.id(), 0L));
      }
    }
    Map<AgingCalculator.Key, Long> expected = new HashMap<>(netBefore);
    for (Item y : book.items()) {
      if (y.type() != ItemType.REVERSAL && y.isReversed() && !reversedBefore.contains(y.id())) {
        expected.merge(LedgerInvariants.account(y), -y.side().sign() * y.originalMinor(), Long::sum);
      }
    }
    assertThat(r.reversed().openMinor()).isZero();
    assertThat(LedgerInvariants.netBalances(book).entrySet()).allSatisfy(
        e -> assertThat(e.getValue()).isEqualTo(expected.get(e.getKey())));
  }

  private static void writeOff(LedgerBook book, Op op) {
    List<Item> debits = book.items().stream().filter(i -> i.side() == org.openar.ledger.Side.DEBIT).toList();
    if (debits.isEmpty()) {
      return;
    }
    Item d = debits.get(op.a() % debits.size());
    long before = d.openMinor();
    Allocator.Applied w = book.writeOff(new Ledger.WriteOff(d.id(), op.b() % 2 == 0 ? null : money(d, 1 + op.amount()
        % 500), op.day() % 4 == 0 ? null : op.date(), "small balance"), TODAY);
    assertThat(before - d.openMinor()).isEqualTo(w.entry().amountMinor()).isEqualTo(w.credit().originalMinor());
  }

  /** Posting and at once reversing an item restores the exact previous state of everything else. */
  private static void postAndReverse(LedgerBook book, Op op) {
    List<Long> before = LedgerInvariants.openState(book);
    Map<AgingCalculator.Key, Long> netBefore = LedgerInvariants.netBalances(book);
    Item posted = op.b() % 2 == 0 ? postDebit(book, op) : postCredit(book, op);
    if (posted.ledgerDate().isAfter(TODAY)) {
      return; // cannot be reversed before it exists
    }
    book.reverse(new Ledger.Reverse(posted.id(), "posted in error", null), TODAY);
    List<Long> after = LedgerInvariants.openState(book);
    assertThat(after.subList(0, before.size())).isEqualTo(before);
    assertThat(after).hasSize(before.size() + 2);
    Map<AgingCalculator.Key, Long> netAfter = new HashMap<>(LedgerInvariants.netBalances(book));
    netAfter.entrySet().removeIf(e -> e.getValue() == 0 && !netBefore.containsKey(e.getKey()));
    assertThat(netAfter).isEqualTo(netBefore);
  }

  private static Map<ItemId, Long> opens(LedgerBook book) {
    Map<ItemId, Long> m = new HashMap<>();
    book.items().forEach(i -> m.put(i.id(), i.openMinor()));
    return m;
  }

  private static org.openar.customers.CustomerId customer(Op op) {
    return op.a() % 5 == 4 ? ItemBuilder.GLOBEX : ItemBuilder.ACME;
  }

  private static org.openar.shared.money.Money money(Op op, int minor) {
    return org.openar.shared.money.Money.ofMinor(1 + minor, org.openar.shared.money.CurrencyCode.of(
        op.b() % 4 == 3 ? "JPY" : "CNY"));
  }

  private static org.openar.shared.money.Money money(Item item, int minor) {
    return org.openar.shared.money.Money.ofMinor(minor, item.currency());
  }
}
