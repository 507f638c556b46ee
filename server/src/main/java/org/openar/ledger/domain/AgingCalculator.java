package org.openar.ledger.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openar.customers.CustomerId;
import org.openar.ledger.AgingBasis;
import org.openar.ledger.AgingBuckets;
import org.openar.ledger.AgingReport;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * Aging reconstructed from history: each item's open amount on the date (original less its rows effective by then,
 * nothing for items that did not exist yet), signed by side, in the bucket of its basis date. The reference the SQL
 * aging report is compared against.
 */
public final class AgingCalculator {

  private AgingCalculator() {}

  /** One customer's account in one currency. */
  public record Key(CustomerId customer, CurrencyCode currency) {}

  public static AgingReport aging(Iterable<Item> items, LocalDate asOf, AgingBasis basis, AgingBuckets buckets) {
    Map<Key, long[]> sums = new TreeMap<>(Comparator.comparing((Key k) -> k.customer().value())
        .thenComparing(k -> k.currency().code()));
    sums.putAll(bucketSums(items, asOf, basis, buckets));
    List<AgingReport.Row> rows = new ArrayList<>();
    for (Map.Entry<Key, long[]> e : sums.entrySet()) {
      CurrencyCode ccy = e.getKey().currency();
      List<Money> amounts = new ArrayList<>();
      long total = 0;
      for (long v : e.getValue()) {
        amounts.add(Money.ofMinor(v, ccy));
        total += v;
      }
      rows.add(new AgingReport.Row(e.getKey().customer(), ccy, amounts, Money.ofMinor(total, ccy)));
    }
    return new AgingReport(asOf, basis, buckets, rows);
  }

  /** The signed open amounts in minor units per account and bucket: the arithmetic of {@link #aging}. */
  public static Map<Key, long[]> bucketSums(Iterable<Item> items, LocalDate asOf, AgingBasis basis,
      AgingBuckets buckets) {
    Map<Key, long[]> sums = new HashMap<>();
    for (Item item : items) {
      long open = item.openAsOf(asOf);
      if (open == 0) {
        continue;
      }
      ItemFacts f = item.facts();
      LocalDate basisDate = basis.dateOf(f.side(), f.documentDate(), f.dueDate(), f.valueDate());
      long[] row = sums.computeIfAbsent(new Key(f.customerId(), f.currency()), k -> new long[buckets.size()]);
      row[buckets.indexOf(asOf, basisDate)] += f.side().sign() * open;
    }
    return sums;
  }
}
