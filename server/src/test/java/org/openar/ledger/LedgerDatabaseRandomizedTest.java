package org.openar.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openar.customers.CustomerId;
import org.openar.customers.Customers;
import org.openar.ledger.domain.Allocator;
import org.openar.ledger.domain.Entry;
import org.openar.ledger.domain.Item;
import org.openar.ledger.domain.LedgerBook;
import org.openar.ledger.domain.LedgerInvariants;
import org.openar.ledger.domain.Unwinder;
import org.openar.ledger.persistence.AllocationRepository;
import org.openar.ledger.persistence.ItemRepository;
import org.openar.ledger.persistence.ItemSearchRepository;
import org.openar.ledger.persistence.StoredItem;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Random histories run twice: through the real service on PostgreSQL and on an in-memory {@link LedgerBook}. After
 * every step both agree on the outcome (same error code, or success), every item's open amount and status, the
 * history replayed in SQL, and the persisted ledger, loaded back, passes every domain invariant.
 */
@OpenArIntegrationTest
class LedgerDatabaseRandomizedTest {

  @Autowired Ledger ledger;
  @Autowired Customers customers;
  @Autowired ItemRepository stored;
  @Autowired AllocationRepository allocations;
  @Autowired ItemSearchRepository sql;
  @Autowired BusinessCalendar calendar;

  LedgerFixture f;
  LedgerBook model;
  LocalDate today;
  Random random;
  RandomItems items;
  final Map<ItemId, ItemId> dbItem = new HashMap<>();
  final Map<AllocationId, AllocationId> dbRow = new HashMap<>();
  LedgerBook.Changes lastChanges;

  @Test
  void theDatabaseHoldsExactlyWhatTheDomainComputes() {
    for (long seed = 1; seed <= 6; seed++) {
      run(seed, 30);
    }
  }

  private void run(long seed, int steps) {
    f = new LedgerFixture(customers);
    model = new LedgerBook(UUID::randomUUID);
    today = calendar.today();
    random = new Random(seed);
    items = new RandomItems(random, f, today);
    dbItem.clear();
    dbRow.clear();
    for (int step = 0; step < steps; step++) {
      int k = random.nextInt(100);
      String what = k < 30 ? "post debit" : k < 50 ? "post credit" : k < 75 ? "allocate" : k < 85 ? "unallocate"
          : k < 95 ? "reverse" : "write off";
      lastChanges = model.drainChanges(); // empty unless the step reaches both sides
      switch (what) {
        case "post debit" -> post(items.debit());
        case "post credit" -> post(items.credit());
        case "allocate" -> allocate();
        case "unallocate" -> unallocate();
        case "reverse" -> reverse();
        default -> writeOff();
      }
      String when = "seed " + seed + " step " + step + " (" + what + ")";
      compare(when);
      java.util.Set<LocalDate> stepDates = new java.util.TreeSet<>();
      lastChanges.newEntries().forEach(e -> stepDates.add(e.effectiveDate()));
      lastChanges.newItems().forEach(i -> stepDates.add(i.ledgerDate()));
      compareHistory(when, stepDates);
    }
    java.util.Set<LocalDate> all = new java.util.TreeSet<>();
    model.entries().forEach(e -> all.add(e.effectiveDate()));
    model.items().forEach(i -> all.add(i.ledgerDate().minusDays(1)));
    compareHistory("seed " + seed + " at the end", all);
  }

  private void post(Ledger.PostItem p) {
    same(() -> model.post(f.companyId(), p).id(), () -> ledger.post(p).id(), (m, d) -> dbItem.put(m, d));
  }

  private void allocate() {
    List<Item> credits = pick(Side.CREDIT);
    List<Item> debits = pick(Side.DEBIT);
    if (credits.isEmpty() || debits.isEmpty()) {
      return;
    }
    Item credit = credits.get(random.nextInt(credits.size()));
    List<Ledger.AllocationLine> modelLines = new ArrayList<>();
    List<Ledger.AllocationLine> dbLines = new ArrayList<>();
    for (int i = 0; i <= random.nextInt(2); i++) {
      Item debit = debits.get(random.nextInt(debits.size()));
      Money amount = random.nextBoolean() ? null : Money.ofMinor(1 + random.nextInt(30_000), debit.currency());
      boolean discount = random.nextInt(4) > 0;
      modelLines.add(new Ledger.AllocationLine(debit.id(), amount, discount));
      dbLines.add(new Ledger.AllocationLine(dbItem.get(debit.id()), amount, discount));
    }
    LocalDate date = random.nextBoolean() ? null : items.date();
    same(() -> model.allocate(new Ledger.Allocate(credit.id(), date, modelLines, null), today),
        () -> ledger.allocate(new Ledger.Allocate(dbItem.get(credit.id()), date, dbLines, null)),
        (m, d) -> {
          for (int i = 0; i < m.size(); i++) {
            Allocator.Applied a = m.get(i);
            Ledger.AppliedLine l = d.lines().get(i);
            dbRow.put(a.entry().id(), l.allocationId());
            if (a.discount() != null) {
              dbRow.put(a.discount().id(), l.discountAllocationId());
              dbItem.put(a.discountItem().id(), l.discountItemId());
            }
          }
        });
  }

  private void unallocate() {
    List<AllocationId> rows = new ArrayList<>(dbRow.keySet());
    if (rows.isEmpty()) {
      return;
    }
    rows.sort(java.util.Comparator.comparing(AllocationId::value));
    AllocationId row = rows.get(random.nextInt(rows.size()));
    LocalDate date = random.nextBoolean() ? null : items.date();
    same(() -> model.unallocate(new Ledger.Unallocate(row, date, "random"), today),
        () -> ledger.unallocate(new Ledger.Unallocate(dbRow.get(row), date, "random")),
        (m, d) -> {
          for (int i = 0; i < m.size(); i++) {
            dbRow.put(m.get(i).id(), d.undone().get(i).id());
          }
        });
  }

  private void reverse() {
    List<ItemId> mapped = new ArrayList<>(dbItem.keySet());
    if (mapped.isEmpty()) {
      return;
    }
    mapped.sort(java.util.Comparator.comparing(ItemId::value));
    ItemId target = mapped.get(random.nextInt(mapped.size()));
    LocalDate date = random.nextBoolean() ? null : items.date();
    same(() -> model.reverse(new Ledger.Reverse(target, "random", date), today),
        () -> ledger.reverse(new Ledger.Reverse(dbItem.get(target), "random", date)),
        (Unwinder.Reversal m, Ledger.ReversalResult d) -> {
          dbItem.put(m.reversal().id(), d.reversal().id());
          for (int i = 0; i < m.undoRows().size(); i++) {
            dbRow.put(m.undoRows().get(i).id(), d.undone().get(i).id());
          }
        });
  }

  private void writeOff() {
    List<Item> debits = pick(Side.DEBIT);
    if (debits.isEmpty()) {
      return;
    }
    Item debit = debits.get(random.nextInt(debits.size()));
    Money amount = random.nextBoolean() ? null : Money.ofMinor(1 + random.nextInt(5_000), debit.currency());
    LocalDate date = random.nextBoolean() ? null : items.date();
    same(() -> model.writeOff(new Ledger.WriteOff(debit.id(), amount, date, "small"), today),
        () -> ledger.writeOff(new Ledger.WriteOff(dbItem.get(debit.id()), amount, date, "small")),
        (m, d) -> {
          dbItem.put(m.credit().id(), d.writeOff().id());
          dbRow.put(m.entry().id(), d.allocationId());
        });
  }

  /** Both sides succeed (then {@code map} links their ids) or both refuse with the same code. */
  private <M, D> void same(Supplier<M> onModel, Supplier<D> onDb, java.util.function.BiConsumer<M, D> map) {
    M m = null;
    D d = null;
    String modelError = null;
    String dbError = null;
    try {
      m = onModel.get();
    } catch (OpenArException e) {
      modelError = e.errorCode().code();
    }
    try {
      d = onDb.get();
    } catch (OpenArException e) {
      dbError = e.errorCode().code();
    }
    assertThat(dbError).as("the database refuses exactly what the domain refuses").isEqualTo(modelError);
    if (m != null) {
      map.accept(m, d);
    }
    lastChanges = model.drainChanges();
  }

  private void compare(String when) {
    List<StoredItem> rows = new ArrayList<>();
    for (CustomerId c : List.of(f.acme.id(), f.globex.id())) {
      rows.addAll(stored.ofCustomer(c));
    }
    assertThat(rows).as(when + ": item count").hasSize(model.items().size());
    Map<ItemId, StoredItem> byId = new HashMap<>();
    rows.forEach(s -> byId.put(s.facts().id(), s));
    for (Map.Entry<ItemId, ItemId> e : dbItem.entrySet()) {
      Item m = model.require(e.getKey(), "id");
      StoredItem s = byId.get(e.getValue());
      assertThat(s.openMinor() + "/" + s.status()).as(when + ": " + m).isEqualTo(m.openMinor() + "/" + m.status());
    }
    LedgerBook persisted = new LedgerBook(() -> {
      throw new IllegalStateException();
    });
    rows.forEach(s -> persisted.restore(s.facts(), s.openMinor(), s.status()));
    allocations.ofItems(byId.keySet()).forEach(r -> persisted.restore(r.entry()));
    assertThat(persisted.entries()).as(when + ": allocation rows").hasSize(model.entries().size());
    LedgerInvariants.check(persisted);
  }

  /** The history replayed in SQL (item open amounts, customer balances) equals the domain's on these dates. */
  private void compareHistory(String when, java.util.Set<LocalDate> dates) {
    for (LocalDate d : dates) {
      for (Map.Entry<ItemId, ItemId> e : dbItem.entrySet()) {
        assertThat(sql.openAsOf(e.getValue(), d)).as(when + ": open as of " + d)
            .isEqualTo(model.require(e.getKey(), "id").openAsOf(d));
      }
      for (CustomerId c : List.of(f.acme.id(), f.globex.id())) {
        for (String ccy : List.of("CNY", "JPY")) {
          long net = sql.balancesAsOf(c, d).stream().filter(b -> b.currency().equals(ccy))
              .mapToLong(b -> b.openDebit() - b.unappliedCredit()).sum();
          long expected = model.items().stream()
              .filter(i -> i.customerId().equals(c) && i.currency().code().equals(ccy))
              .mapToLong(i -> i.side().sign() * i.openAsOf(d)).sum();
          assertThat(net).as(when + ": SQL balance in " + ccy + " as of " + d).isEqualTo(expected);
        }
      }
    }
  }

  private List<Item> pick(Side side) {
    return model.items().stream().filter(i -> i.side() == side && dbItem.containsKey(i.id())).toList();
  }
}
