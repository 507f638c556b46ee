package org.openar.reporting.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.ledger.AgingBuckets;
import org.openar.ledger.AgingGroup;
import org.openar.ledger.AgingGrouping;
import org.openar.ledger.AgingQuery;
import org.openar.ledger.FxRates;
import org.openar.ledger.FxTable;
import org.openar.ledger.LedgerReports;
import org.openar.reporting.Dashboard;
import org.openar.reporting.KpiMonth;
import org.openar.reporting.KpiTrend;
import org.openar.reporting.domain.TrendCalculator;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.LargestRemainder;
import org.openar.shared.money.Money;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures of today: one aging by customer (converted to the base currency) gives the totals, the aging
 * chart and the top overdue customers; the KPI trend and the month's target give the rest.
 */
@Component
public class DashboardAssembler {

  static final int TOP = 10;

  private final LedgerReports ledger;
  private final FxRates fx;
  private final Customers customers;
  private final CollectionTargets targets;

  public DashboardAssembler(LedgerReports ledger, FxRates fx, Customers customers, CollectionTargets targets) {
    this.ledger = ledger;
    this.fx = fx;
    this.customers = customers;
    this.targets = targets;
  }

  Dashboard assemble(CompanyView company, KpiTrend trend) {
    LocalDate today = trend.asOf();
    CurrencyCode base = company.baseCurrency();
    List<AgingGroup> groups = ledger.agingSummary(AgingQuery.of(today).withCompany(company.id()),
        AgingGrouping.CUSTOMER);
    boolean foreign = groups.stream().anyMatch(g -> !g.currency().equals(base));
    Sums s = sum(groups, base, foreign ? fx.table(base, today) : null);
    List<Money> aging = new ArrayList<>();
    long total = 0;
    for (long a : s.aging()) {
      aging.add(Money.ofMinor(a, base));
      total += a;
    }
    return new Dashboard(company.id().value(), company.code(), company.name(), company.nameEn(), base, today,
        Money.ofMinor(total, base), Money.ofMinor(s.openDebit(), base), Money.ofMinor(s.unapplied(), base),
        Money.ofMinor(s.overdue(), base), TrendCalculator.ratio(s.overdue(), s.openDebit()),
        AgingBuckets.DEFAULT.labels(), aging, trend.months(), collections(company, trend.current()),
        top(s.perCustomer(), base));
  }

  /** The aging of today in the base currency: buckets, sides, overdue, and per customer {overdue, net}. */
  private record Sums(long[] aging, long openDebit, long unapplied, long overdue, Map<UUID, long[]> perCustomer) {}

  /**
   * Each currency's totals are converted once (as the KPI trend converts them, so the dashboard's receivables, open
   * debit and overdue equal the trend's last month to the cent); the unapplied credit is what separates open debit from
   * receivables, and the buckets are apportioned by largest remainder so that they add up to the receivables exactly.
   */
  private static Sums sum(List<AgingGroup> groups, CurrencyCode base, FxTable table) {
    int n = AgingBuckets.DEFAULT.size();
    long[] aging = new long[n];
    Map<CurrencyCode, long[]> raw = new LinkedHashMap<>();
    Map<UUID, long[]> perCustomer = new HashMap<>();
    for (AgingGroup g : groups) {
      long[] r = raw.computeIfAbsent(g.currency(), k -> new long[n + 2]);
      long[] c = perCustomer.computeIfAbsent(g.key(), k -> new long[2]);
      for (int k = 0; k < n; k++) {
        r[k] += g.buckets().get(k).minor();
        c[1] += base(g.buckets().get(k), table);
      }
      r[n] += g.openDebit().minor();
      r[n + 1] += g.overdue().minor();
      c[0] += base(g.overdue(), table);
    }
    long receivables = 0;
    long openDebit = 0;
    long overdue = 0;
    for (Map.Entry<CurrencyCode, long[]> e : raw.entrySet()) {
      CurrencyCode ccy = e.getKey();
      long[] r = e.getValue();
      long net = 0;
      for (int k = 0; k < n; k++) {
        net += r[k];
      }
      long netBase = base(Money.ofMinor(net, ccy), table);
      long[] buckets = apportion(Arrays.copyOf(r, n), netBase, ccy, base, table);
      for (int k = 0; k < n; k++) {
        aging[k] += buckets[k];
      }
      receivables += netBase;
      openDebit += base(Money.ofMinor(r[n], ccy), table);
      overdue += base(Money.ofMinor(r[n + 1], ccy), table);
    }
    return new Sums(aging, openDebit, openDebit - receivables, overdue, perCustomer);
  }

  /**
   * The buckets of one currency in base-currency minor units adding up to {@code totalBase} (the rounded conversion of
   * their sum): each gets the floor of its exact conversion, the leftover units go to the largest remainders.
   */
  static long[] apportion(long[] minor, long totalBase, CurrencyCode ccy, CurrencyCode base, FxTable table) {
    if (table == null || ccy.equals(base)) {
      return minor;
    }
    FxTable.Quote q = table.quotes().get(ccy);
    BigDecimal[] exact = new BigDecimal[minor.length];
    for (int k = 0; k < minor.length; k++) {
      BigDecimal amount = BigDecimal.valueOf(minor[k], ccy.minorDigits());
      exact[k] = (q.inverse() ? amount.divide(q.rate(), 24, RoundingMode.HALF_EVEN) : amount.multiply(q.rate()))
          .movePointRight(base.minorDigits());
    }
    return LargestRemainder.round(exact, totalBase);
  }

  private Dashboard.Collections collections(CompanyView company, KpiMonth month) {
    YearMonth ym = month.month();
    // a sales rep's figures cover its own customers only: the company's target would not compare
    Money target = CurrentActor.get().restrictedToOwnCustomers() ? null
        : targets.of(company.id(), ym).map(t -> t.amount()).orElse(null);
    BigDecimal ratio = target == null ? null
        : month.collected().amount().divide(target.amount(), 4, RoundingMode.HALF_EVEN);
    return new Dashboard.Collections(ym, month.collected(), target, ratio);
  }

  private List<Dashboard.TopCustomer> top(Map<UUID, long[]> perCustomer, CurrencyCode base) {
    List<Map.Entry<UUID, long[]>> ranked = perCustomer.entrySet().stream().filter(e -> e.getValue()[0] > 0)
        .sorted(Comparator.comparingLong((Map.Entry<UUID, long[]> e) -> e.getValue()[0]).reversed()
            .thenComparing(e -> e.getKey()))
        .limit(TOP).toList();
    Map<CustomerId, CustomerView> names = customers.findAll(ranked.stream().map(e -> new CustomerId(e.getKey()))
        .collect(Collectors.toSet()));
    return ranked.stream().map(e -> {
      CustomerView c = names.get(new CustomerId(e.getKey()));
      return new Dashboard.TopCustomer(e.getKey(), c == null ? null : c.code(), c == null ? null : c.nameZh(),
          c == null ? null : c.nameEn(), Money.ofMinor(e.getValue()[0], base), Money.ofMinor(e.getValue()[1], base));
    }).toList();
  }

  private static long base(Money amount, FxTable table) {
    return table == null || amount.isZero() ? amount.minor() : table.convert(amount).minor();
  }
}
