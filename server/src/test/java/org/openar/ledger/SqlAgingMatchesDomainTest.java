package org.openar.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openar.customers.CustomerId;
import org.openar.customers.Customers;
import org.openar.ledger.domain.AgingCalculator;
import org.openar.ledger.domain.AgingCalculator.Key;
import org.openar.ledger.domain.Item;
import org.openar.ledger.domain.LedgerBook;
import org.openar.ledger.persistence.AllocationRepository;
import org.openar.ledger.persistence.ItemRepository;
import org.openar.ledger.persistence.StoredItem;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SQL aging report ({@link LedgerReports}) against the plain-Java reconstruction ({@link AgingCalculator}) on
 * random histories written through the real ledger: for many past dates (every date something happened, the day
 * before, and random ones), both bases and several bucket sets, the sums per customer, currency and bucket are equal,
 * the drill-down items add up to them one by one, and the aging total is the open balance of that date.
 */
@OpenArIntegrationTest
class SqlAgingMatchesDomainTest {

  private static final List<AgingBuckets> BUCKET_SETS = List.of(AgingBuckets.DEFAULT,
      AgingBuckets.parse("7,14,45"), AgingBuckets.parse("1"));

  @Autowired Ledger ledger;
  @Autowired LedgerReports reports;
  @Autowired LedgerQueries queries;
  @Autowired Customers customers;
  @Autowired ItemRepository items;
  @Autowired AllocationRepository allocations;
  @Autowired BusinessCalendar calendar;

  @Test
  void sqlAgingEqualsTheDomainAgingOnRandomHistories() {
    int compared = 0;
    for (long seed = 11; seed <= 14; seed++) {
      LedgerFixture f = new LedgerFixture(customers);
      Random random = new Random(seed);
      RandomHistory history = new RandomHistory(ledger, new RandomItems(random, f, calendar.today()), random);
      history.run(70);
      LedgerBook book = load(f);
      for (LocalDate d : dates(book, random)) {
        for (AgingBasis basis : AgingBasis.values()) {
          for (AgingBuckets buckets : BUCKET_SETS) {
            AgingQuery q = new AgingQuery(d, basis, buckets, f.companyId(), null, null);
            assertThat(sqlSums(q)).as("seed %d, %s, %s, %s", seed, d, basis, buckets.code())
                .isEqualTo(javaSums(book, q));
            compared++;
          }
        }
        checkItemsAndBalances(f, book, d);
      }
    }
    assertThat(compared).isGreaterThan(300);
  }

  /** The dates where the history changes, the days before them, and a few random ones. */
  private List<LocalDate> dates(LedgerBook book, Random random) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    book.items().forEach(i -> dates.add(i.ledgerDate()));
    book.entries().forEach(e -> dates.add(e.effectiveDate()));
    new ArrayList<>(dates).forEach(d -> dates.add(d.minusDays(1)));
    LocalDate today = calendar.today();
    dates.removeIf(d -> d.isAfter(today));
    List<LocalDate> all = new ArrayList<>(dates);
    List<LocalDate> picked = new ArrayList<>();
    for (int i = 0; i < 12 && !all.isEmpty(); i++) {
      picked.add(all.remove(random.nextInt(all.size())));
    }
    picked.add(today);
    picked.add(today.minusDays(random.nextInt(400)));
    return picked;
  }

  private Map<String, List<Long>> sqlSums(AgingQuery q) {
    Map<String, List<Long>> sums = new HashMap<>();
    for (AgingGroup g : reports.agingSummary(q, AgingGrouping.CUSTOMER)) {
      sums.put(g.key() + " " + g.currency().code(), g.buckets().stream().map(Money::minor).toList());
      assertThat(g.total().minor()).isEqualTo(g.buckets().stream().mapToLong(Money::minor).sum());
    }
    return sums;
  }

  private static Map<String, List<Long>> javaSums(LedgerBook book, AgingQuery q) {
    Map<String, List<Long>> sums = new HashMap<>();
    for (Map.Entry<Key, long[]> e : AgingCalculator.bucketSums(book.items(), q.asOf(), q.basis(), q.buckets())
        .entrySet()) {
      sums.put(e.getKey().customer().value() + " " + e.getKey().currency().code(),
          Arrays.stream(e.getValue()).boxed().toList());
    }
    return sums;
  }

  /** Items of each bucket add up to the bucket; totals, sides and overdue equal the ledger's balances of the day. */
  private void checkItemsAndBalances(LedgerFixture f, LedgerBook book, LocalDate d) {
    AgingQuery q = new AgingQuery(d, AgingBasis.DUE_DATE, AgingBuckets.DEFAULT, f.companyId(), null, null);
    Map<String, AgingGroup> groups = reports.agingSummary(q, AgingGrouping.CUSTOMER).stream()
        .collect(Collectors.toMap(g -> g.key() + " " + g.currency().code(), g -> g));
    Map<String, Long> fromItems = new HashMap<>();
    Map<ItemId, Item> model = new HashMap<>();
    book.items().forEach(i -> model.put(i.id(), i));
    for (int k = 0; k < AgingBuckets.DEFAULT.size(); k++) {
      for (AgingItem i : reports.agingItems(q, k, PageQuery.of(0, 500)).items()) {
        assertThat(i.bucket()).isEqualTo(k);
        assertThat(i.openAmount().minor()).as("%s on %s", i.documentNumber(), d)
            .isEqualTo(model.get(i.id()).openAsOf(d));
        fromItems.merge(i.customerId().value() + " " + i.signedAmount().currency().code() + " " + k,
            i.signedAmount().minor(), Long::sum);
      }
    }
    for (CustomerId c : List.of(f.acme.id(), f.globex.id())) {
      for (CustomerBalance b : queries.balances(c, d)) {
        AgingGroup g = groups.get(c.value() + " " + b.currency().code());
        assertThat(g).as("group of %s on %s", b, d).isNotNull();
        assertThat(List.of(g.total(), g.openDebit(), g.unappliedCredit(), g.overdue()))
            .as("aging of %s on %s equals its balances", c, d)
            .containsExactly(b.net(), b.openDebit(), b.unappliedCredit(), b.overdue());
        for (int k = 0; k < g.buckets().size(); k++) {
          assertThat(fromItems.getOrDefault(c.value() + " " + b.currency().code() + " " + k, 0L))
              .isEqualTo(g.buckets().get(k).minor());
        }
      }
    }
    checkOtherGroupings(q, groups.values());
    AgingQuery byDocument = new AgingQuery(d, AgingBasis.DOCUMENT_DATE, AgingBuckets.DEFAULT, f.companyId(), null,
        null);
    for (AgingGroup g : reports.agingSummary(byDocument, AgingGrouping.CUSTOMER)) {
      AgingGroup same = groups.get(g.key() + " " + g.currency().code());
      assertThat(List.of(g.total(), g.openDebit(), g.unappliedCredit(), g.overdue()))
          .as("the sides and the overdue part do not depend on the basis").containsExactly(same.total(),
              same.openDebit(), same.unappliedCredit(), same.overdue());
    }
  }

  /** Grouping by company or currency gives the sums of the customer rows. */
  private void checkOtherGroupings(AgingQuery q, java.util.Collection<AgingGroup> byCustomer) {
    Map<CurrencyCode, Long> expected = new HashMap<>();
    byCustomer.forEach(g -> expected.merge(g.currency(), g.total().minor(), Long::sum));
    for (AgingGrouping grouping : List.of(AgingGrouping.COMPANY, AgingGrouping.CURRENCY)) {
      Map<CurrencyCode, Long> actual = new HashMap<>();
      reports.agingSummary(q, grouping).forEach(g -> actual.merge(g.currency(), g.total().minor(), Long::sum));
      assertThat(actual).as("%s totals", grouping).isEqualTo(expected);
    }
  }

  private LedgerBook load(LedgerFixture f) {
    LedgerBook book = new LedgerBook(() -> {
      throw new IllegalStateException("read only");
    });
    List<StoredItem> all = new ArrayList<>(items.ofCustomer(f.acme.id()));
    all.addAll(items.ofCustomer(f.globex.id()));
    all.forEach(s -> book.restore(s.facts(), s.openMinor(), s.status()));
    Set<ItemId> ids = all.stream().map(s -> s.facts().id()).collect(Collectors.toSet());
    allocations.ofItems(ids).forEach(e -> book.restore(e.entry()));
    return book;
  }

  /** Random operations through the real ledger; refusals (over-allocation, dates) are part of the game. */
  static final class RandomHistory {
    private final Ledger ledger;
    private final RandomItems gen;
    private final Random random;
    private final List<ItemView> debits = new ArrayList<>();
    private final List<ItemView> credits = new ArrayList<>();
    private final List<AllocationId> rows = new ArrayList<>();

    RandomHistory(Ledger ledger, RandomItems gen, Random random) {
      this.ledger = ledger;
      this.gen = gen;
      this.random = random;
    }

    void run(int steps) {
      for (int s = 0; s < steps; s++) {
        try {
          step(random.nextInt(100));
        } catch (OpenArException refused) {
          // the ledger said no and wrote nothing; the history goes on
        }
      }
    }

    private void step(int k) {
      if (k < 28) {
        debits.add(ledger.post(gen.debit()));
      } else if (k < 45) {
        credits.add(ledger.post(gen.credit()));
      } else if (k < 78 && !debits.isEmpty() && !credits.isEmpty()) {
        ItemView d = pick(debits);
        Money amount = random.nextBoolean() ? null : Money.ofMinor(1 + random.nextInt(30_000), d.currency());
        Ledger.AllocationResult r = ledger.allocate(new Ledger.Allocate(pick(credits).id(),
            random.nextBoolean() ? null : gen.date(), List.of(new Ledger.AllocationLine(d.id(), amount, true)), null));
        r.lines().forEach(l -> rows.add(l.allocationId()));
      } else if (k < 86 && !rows.isEmpty()) {
        ledger.unallocate(new Ledger.Unallocate(pick(rows), random.nextBoolean() ? null : gen.date(), "random"));
      } else if (k < 94 && !debits.isEmpty()) {
        ItemView target = random.nextBoolean() || credits.isEmpty() ? pick(debits) : pick(credits);
        ledger.reverse(new Ledger.Reverse(target.id(), "random", random.nextBoolean() ? null : gen.date()));
      } else if (!debits.isEmpty()) {
        ItemView d = pick(debits);
        ledger.writeOff(new Ledger.WriteOff(d.id(), random.nextBoolean() ? null
            : Money.ofMinor(1 + random.nextInt(5_000), d.currency()), gen.date(), "small"));
      }
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }
  }
}
