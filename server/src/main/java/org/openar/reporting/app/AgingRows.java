package org.openar.reporting.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.ledger.AgingGroup;
import org.openar.ledger.AgingGrouping;
import org.openar.ledger.AgingQuery;
import org.openar.ledger.FxRates;
import org.openar.ledger.FxTable;
import org.openar.ledger.LedgerReports;
import org.openar.reporting.AgingGroupBy;
import org.openar.reporting.AgingRequest;
import org.openar.reporting.AgingRow;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.springframework.stereotype.Component;

/**
 * Turns the ledger's aging sums (per customer or company and currency) into report rows: regrouped by sales rep or
 * currency where asked, converted to each company's base currency where asked (bucket by bucket, at the rates in force
 * on the report date, so a row's total is the sum of its converted buckets), then merged per group and currency.
 */
@Component
public class AgingRows {

  /** The key of the sales-rep group of customers that have none. */
  public static final String NO_SALES_REP = "none";

  private final LedgerReports ledger;
  private final Customers customers;
  private final FxRates fx;

  public AgingRows(LedgerReports ledger, Customers customers, FxRates fx) {
    this.ledger = ledger;
    this.customers = customers;
    this.fx = fx;
  }

  /** Every row of the report (unsorted, unnamed: code and names are null). */
  public List<AgingRow> rows(AgingRequest r, AgingQuery q) {
    AgingGrouping grouping = r.groupBy() == AgingGroupBy.COMPANY || r.groupBy() == AgingGroupBy.CURRENCY
        ? AgingGrouping.COMPANY : AgingGrouping.CUSTOMER;
    List<AgingGroup> groups = ledger.agingSummary(q, grouping);
    if (!r.convert() && (r.groupBy() == AgingGroupBy.CUSTOMER || r.groupBy() == AgingGroupBy.COMPANY)) {
      // one ledger group is one report row: nothing to convert or merge
      return groups.stream().map(g -> new AgingRow(g.key().toString(), null, null, null, g.currency(), g.buckets(),
          g.total(), g.openDebit(), g.unappliedCredit(), g.overdue())).toList();
    }
    Map<CustomerId, CustomerView> owners = needsCustomers(r, grouping)
        ? customers.findAll(groups.stream().map(g -> new CustomerId(g.key())).collect(Collectors.toSet()))
        : Map.of();
    Map<String, long[]> merged = merge(r, q, grouping, groups, owners);
    List<AgingRow> rows = new ArrayList<>(merged.size());
    merged.forEach((k, sums) -> rows.add(row(k, sums, q.buckets().size())));
    return rows;
  }

  /** Sums of each (report group, currency after conversion) in minor units: buckets, debit, credit, overdue. */
  private Map<String, long[]> merge(AgingRequest r, AgingQuery q, AgingGrouping grouping, List<AgingGroup> groups,
      Map<CustomerId, CustomerView> owners) {
    Map<CompanyId, CompanyView> companies = r.convert() ? companies() : Map.of();
    Map<CurrencyCode, FxTable> tables = new HashMap<>();
    Map<String, long[]> merged = new LinkedHashMap<>();
    int n = q.buckets().size();
    for (AgingGroup g : groups) {
      CurrencyCode target = g.currency();
      FxTable table = null;
      if (r.convert()) {
        CompanyId company = grouping == AgingGrouping.COMPANY ? new CompanyId(g.key())
            : companyOf(r, owners.get(new CustomerId(g.key())), companies);
        target = companies.get(company).baseCurrency();
        table = tables.computeIfAbsent(target, t -> fx.table(t, q.asOf()));
      }
      String key = key(r.groupBy(), g, owners) + "|" + target.code();
      long[] sums = merged.computeIfAbsent(key, k -> new long[n + 3]);
      for (int k = 0; k < n; k++) {
        sums[k] += minor(g.buckets().get(k), table);
      }
      sums[n] += minor(g.openDebit(), table);
      sums[n + 1] += minor(g.unappliedCredit(), table);
      sums[n + 2] += minor(g.overdue(), table);
    }
    return merged;
  }

  /** Totals over all rows, one per currency, in currency order. */
  public static List<AgingRow> totals(List<AgingRow> rows, int buckets) {
    Map<CurrencyCode, long[]> sums = new java.util.TreeMap<>(java.util.Comparator.comparing(CurrencyCode::code));
    for (AgingRow row : rows) {
      long[] s = sums.computeIfAbsent(row.currency(), c -> new long[buckets + 3]);
      for (int k = 0; k < buckets; k++) {
        s[k] += row.bucket(k).minor();
      }
      s[buckets] += row.openDebit().minor();
      s[buckets + 1] += row.unappliedCredit().minor();
      s[buckets + 2] += row.overdue().minor();
    }
    List<AgingRow> totals = new ArrayList<>();
    sums.forEach((ccy, s) -> totals.add(row("total|" + ccy.code(), s, buckets)));
    return totals;
  }

  /** The customers whose items make up a sales rep's group (for drill-down); {@code none}: those without a rep. */
  public Set<CustomerId> customersOfSalesRep(String key, AgingQuery q) {
    if (!NO_SALES_REP.equals(key)) {
      return customers.ofSalesRep(UUID.fromString(key));
    }
    Set<CustomerId> present = ledger.agingSummary(q, AgingGrouping.CUSTOMER).stream()
        .map(g -> new CustomerId(g.key())).collect(Collectors.toSet());
    return customers.findAll(present).values().stream().filter(c -> c.salesRepId() == null).map(CustomerView::id)
        .collect(Collectors.toSet());
  }

  public Map<CompanyId, CompanyView> companies() {
    return customers.companies().stream().collect(Collectors.toMap(CompanyView::id, c -> c));
  }

  private static boolean needsCustomers(AgingRequest r, AgingGrouping grouping) {
    return grouping == AgingGrouping.CUSTOMER
        && (r.groupBy() == AgingGroupBy.SALES_REP || r.convert() && r.companyId() == null);
  }

  private static CompanyId companyOf(AgingRequest r, CustomerView owner, Map<CompanyId, CompanyView> companies) {
    if (r.companyId() != null) {
      return r.companyId();
    }
    return owner != null ? owner.companyId() : companies.keySet().iterator().next();
  }

  private static String key(AgingGroupBy by, AgingGroup g, Map<CustomerId, CustomerView> owners) {
    return switch (by) {
      case CUSTOMER, COMPANY -> g.key().toString();
      case CURRENCY -> g.currency().code();
      case SALES_REP -> {
        CustomerView c = owners.get(new CustomerId(g.key()));
        yield c == null || c.salesRepId() == null ? NO_SALES_REP : c.salesRepId().toString();
      }
    };
  }

  private static long minor(Money amount, FxTable table) {
    return table == null ? amount.minor() : table.convert(amount).minor();
  }

  private static AgingRow row(String mergedKey, long[] s, int n) {
    int bar = mergedKey.lastIndexOf('|');
    CurrencyCode ccy = CurrencyCode.of(mergedKey.substring(bar + 1));
    List<Money> buckets = new ArrayList<>(n);
    long total = 0;
    for (int k = 0; k < n; k++) {
      buckets.add(Money.ofMinor(s[k], ccy));
      total += s[k];
    }
    return new AgingRow(mergedKey.substring(0, bar), null, null, null, ccy, buckets, Money.ofMinor(total, ccy),
        Money.ofMinor(s[n], ccy), Money.ofMinor(s[n + 1], ccy), Money.ofMinor(s[n + 2], ccy));
  }
}
