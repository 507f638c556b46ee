package org.openar.reporting.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.ledger.AgingItem;
import org.openar.ledger.AgingQuery;
import org.openar.ledger.FxRates;
import org.openar.ledger.FxTable;
import org.openar.ledger.LedgerReports;
import org.openar.reporting.AgingItemRow;
import org.openar.reporting.AgingReports;
import org.openar.reporting.AgingRequest;
import org.openar.reporting.AgingResult;
import org.openar.reporting.AgingRow;
import org.openar.reporting.ExportFormat;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.springframework.stereotype.Service;

/** The aging report: rows from {@link AgingRows}, sorted and paged here, named only for the page shown. */
@Service
public class AgingReportService implements AgingReports {

  private final AgingScope scope;
  private final AgingRows rows;
  private final GroupNames names;
  private final LedgerReports ledger;
  private final FxRates fx;
  private final AgingExporter exporter;

  public AgingReportService(AgingScope scope, AgingRows rows, GroupNames names, LedgerReports ledger, FxRates fx,
      AgingExporter exporter) {
    this.scope = scope;
    this.rows = rows;
    this.names = names;
    this.ledger = ledger;
    this.fx = fx;
    this.exporter = exporter;
  }

  /** Sort fields for a report with these buckets: the base fields and b0..b(n-1). */
  public static Set<String> sortFields(AgingRequest r) {
    Set<String> fields = new HashSet<>(BASE_SORT_FIELDS);
    for (int k = 0; k < r.buckets().size(); k++) {
      fields.add("b" + k);
    }
    return fields;
  }

  @Override
  public AgingResult report(AgingRequest request, PageQuery page) {
    AgingRequest r = scope.resolve(request);
    if (page.sortField() != null && !sortFields(r).contains(page.sortField())) {
      throw new OpenArException(SharedError.INVALID_PAGING, "sort", page.sortField()).onField("sort");
    }
    List<AgingRow> all = rows.rows(r, scope.query(r));
    boolean byCode = "code".equals(page.sortField());
    List<AgingRow> sorted = new ArrayList<>(byCode ? names.name(r.groupBy(), all) : all);
    sorted.sort(comparator(page));
    int from = (int) Math.min(page.offset(), sorted.size());
    List<AgingRow> shown = sorted.subList(from, Math.min(sorted.size(), from + page.size()));
    List<AgingRow> named = byCode ? shown : names.name(r.groupBy(), shown);
    return new AgingResult(r.asOf(), r.basis(), r.buckets(), r.groupBy(), r.convert(), r.buckets().labels(),
        Page.of(named, sorted.size(), page), AgingRows.totals(all, r.buckets().size()));
  }

  @Override
  public Page<AgingItemRow> items(AgingRequest request, String groupKey, Integer bucket, PageQuery page) {
    AgingRequest r = scope.resolve(request);
    AgingScope.checkBucket(r, bucket);
    Page<AgingItem> items = ledger.agingItems(scope.group(r, groupKey), bucket, page);
    return items.map(enricher(r, items.items()));
  }

  @Override
  public Export export(AgingRequest request, String groupKey, Integer bucket, ExportLevel level, ExportFormat format,
      Locale locale) {
    AgingRequest r = scope.resolve(request);
    AgingScope.checkBucket(r, bucket);
    if (level == ExportLevel.GROUPS) {
      List<AgingRow> all = names.name(r.groupBy(), rows.rows(r, scope.query(r)));
      all = new ArrayList<>(all);
      all.sort(comparator(PageQuery.of(0, 1, null, BASE_SORT_FIELDS, "-total")));
      return exporter.groups(r, all, AgingRows.totals(all, r.buckets().size()), format, locale);
    }
    AgingQuery q = scope.group(r, groupKey);
    long count = ledger.agingItems(q, bucket, PageQuery.of(0, 1)).total();
    rows.rows(r, q); // converts every group once: a missing rate is refused here, before the file starts
    return exporter.items(r, q, bucket, count, this::enricher, format, locale);
  }

  /** Adds customer names and, when converting, the base-currency amount to items of one batch. */
  Function<AgingItem, AgingItemRow> enricher(AgingRequest r, List<AgingItem> batch) {
    Map<CustomerId, CustomerView> owners = names.customers(batch.stream()
        .map(i -> i.customerId().value().toString()).distinct().toList());
    Map<CompanyId, CompanyView> companies = r.convert() ? rows.companies() : Map.of();
    Map<CurrencyCode, FxTable> tables = new HashMap<>();
    return i -> {
      CustomerView c = owners.get(i.customerId());
      Money converted = null;
      if (r.convert()) {
        CurrencyCode base = companies.get(i.companyId()).baseCurrency();
        converted = tables.computeIfAbsent(base, b -> fx.table(b, r.asOf())).convert(i.signedAmount());
      }
      return new AgingItemRow(i, c == null ? null : c.code(), c == null ? null : c.nameZh(),
          c == null ? null : c.nameEn(), converted);
    };
  }

  private static Comparator<AgingRow> comparator(PageQuery page) {
    String field = page.sortField() == null ? "total" : page.sortField();
    Comparator<AgingRow> byValue = switch (field) {
      case "code" -> Comparator.comparing((AgingRow r) -> r.code() == null ? "" : r.code());
      case "overdue" -> Comparator.comparing((AgingRow r) -> r.overdue().amount());
      case "total" -> Comparator.comparing((AgingRow r) -> r.total().amount());
      default -> {
        int k = Integer.parseInt(field.substring(1));
        yield Comparator.comparing((AgingRow r) -> r.bucket(k).amount());
      }
    };
    if (page.descending()) {
      byValue = byValue.reversed();
    }
    Comparator<AgingRow> byCurrency = Comparator.comparing((AgingRow r) -> r.currency().code());
    // amounts of different currencies are not comparable: currency first, then the field; codes the other way round
    Comparator<AgingRow> c = field.equals("code") ? byValue.thenComparing(byCurrency)
        : byCurrency.thenComparing(byValue);
    return c.thenComparing(AgingRow::key);
  }
}
