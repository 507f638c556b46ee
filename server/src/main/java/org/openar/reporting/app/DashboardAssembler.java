package org.openar.reporting.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

  private static Sums sum(List<AgingGroup> groups, CurrencyCode base, FxTable table) {
    long[] aging = new long[AgingBuckets.DEFAULT.size()];
    long[] sides = new long[3];
    Map<UUID, long[]> perCustomer = new HashMap<>();
    for (AgingGroup g : groups) {
      long[] c = perCustomer.computeIfAbsent(g.key(), k -> new long[2]);
      for (int k = 0; k < aging.length; k++) {
        long v = base(g.buckets().get(k), table);
        aging[k] += v;
        c[1] += v;
      }
      long overdue = base(g.overdue(), table);
      sides[0] += base(g.openDebit(), table);
      sides[1] += base(g.unappliedCredit(), table);
      sides[2] += overdue;
      c[0] += overdue;
    }
    return new Sums(aging, sides[0], sides[1], sides[2], perCustomer);
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
