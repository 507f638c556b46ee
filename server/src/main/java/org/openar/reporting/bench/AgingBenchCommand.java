package org.openar.reporting.bench;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers;
import org.openar.ledger.AgingBuckets;
import org.openar.ledger.AgingGroup;
import org.openar.ledger.AgingGrouping;
import org.openar.ledger.AgingQuery;
import org.openar.ledger.LedgerReports;
import org.openar.reporting.AgingGroupBy;
import org.openar.reporting.AgingReports;
import org.openar.reporting.AgingRequest;
import org.openar.reporting.AgingResult;
import org.openar.reporting.AgingRow;
import org.openar.shared.cli.DataOptions;
import org.openar.shared.cli.OpenArCommand;
import org.openar.shared.cli.SpringCli;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code openar bench aging}: today's aging by customer through the real report path ({@link AgingReports#report}, as
 * the REST endpoint calls it: the ledger's history-aware SQL, conversion to rows, sorting, totals, names of the first
 * page) against the plain SQL GROUP BY over the same table, alternately, several runs each, medians and their ratio;
 * then the same aging as a scan over in-memory columns, for the question of what a sub-250 ms answer would take.
 */
@OpenArCommand(parent = "bench",
    parentDescription = "Benchmarks: generate data at scale, run the real path, print figures")
@Command(name = "aging", mixinStandardHelpOptions = true,
    description = "Aging benchmark: real report path vs a plain SQL GROUP BY (and an in-memory column scan).")
public class AgingBenchCommand implements Callable<Integer> {

  @Option(names = "--open-items", defaultValue = "10000000", description = "open items (default ${DEFAULT-VALUE})")
  int openItems;

  @Option(names = "--customers", defaultValue = "50000", description = "customers (default ${DEFAULT-VALUE})")
  int customers;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--runs", defaultValue = "3", description = "measured runs of each (default ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--columnar", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "also time the aging over the open items held in memory as columns (default: yes)")
  boolean columnar;

  @Mixin
  DataOptions data;

  @Override
  public Integer call() throws Exception {
    PrintStream o = System.out;
    // a benchmark does not belong in the working data: without a choice it gets its own directory
    String[] extra = data.namesDatabase() || System.getenv("OPENAR_DB_URL") != null ? new String[0]
        : new String[] {"--openar.data-dir=data-bench"};
    try (ConfigurableApplicationContext ctx = SpringCli.start(data, extra)) {
      LocalDate today = ctx.getBean(BusinessCalendar.class).today();
      long g0 = System.nanoTime();
      AgingBenchData.Book book = new AgingBenchData(ctx.getBean(DataSource.class), ctx.getBean(Customers.class))
          .prepare(openItems, customers, seed, today);
      o.printf("%s %,d open items of %,d customers in company %s (%d s)%n", book.reused() ? "Reusing" : "Generated",
          openItems, customers, book.company().code(), (System.nanoTime() - g0) / 1_000_000_000);
      measure(o, ctx, book.company(), today);
    }
    return 0;
  }

  private void measure(PrintStream o, ConfigurableApplicationContext ctx, CompanyView company, LocalDate today) {
    AgingReports reports = ctx.getBean(AgingReports.class);
    RawAging raw = new RawAging(ctx.getBean(JdbcClient.class));
    AgingRequest request = new AgingRequest(today, null, AgingBuckets.DEFAULT, AgingGroupBy.CUSTOMER, company.id(),
        null, false);
    PageQuery page = PageQuery.of(0, 50, "-total", java.util.Set.of("total"), "-total");
    Supplier<AgingResult> report = () -> reports.report(request, page);
    Supplier<List<RawAging.Row>> plain = () -> raw.query(company.id(), today);
    LedgerReports ledger = ctx.getBean(LedgerReports.class);
    AgingQuery query = AgingQuery.of(today).withCompany(company.id());
    Supplier<List<AgingGroup>> sql = () -> ledger.agingSummary(query, AgingGrouping.CUSTOMER);
    AgingResult r = report.get(); // warm-up, and the figures to compare
    List<RawAging.Row> rows = plain.get();
    o.printf("Groups: report %,d rows, raw query %,d rows; totals %s%n", r.rows().total(), rows.size(),
        agree(r, rows) ? "agree" : "DIFFER");
    sql.get();
    long[][] nanos = timeRuns(o, report, plain, sql);
    long[] reportNanos = nanos[0];
    long[] rawNanos = nanos[1];
    long[] sqlNanos = nanos[2];
    long rep = median(reportNanos);
    long base = median(rawNanos);
    o.printf("Median: report path %,d ms, raw GROUP BY %,d ms, ratio %.2fx (target <= 1.20x); ledger SQL alone %,d ms"
        + "%n", rep / 1_000_000, base / 1_000_000, (double) rep / base, median(sqlNanos) / 1_000_000);
    if (columnar) {
      columnar(o, raw, company, today);
    }
  }

  /** Runs the three alternately, {@code runs} times: {report path, raw GROUP BY, the ledger's SQL alone} in ns. */
  private long[][] timeRuns(PrintStream o, Supplier<?> report, Supplier<?> plain, Supplier<?> sql) {
    long[] reportNanos = new long[runs];
    long[] rawNanos = new long[runs];
    long[] sqlNanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      rawNanos[i] = time(plain);
      reportNanos[i] = time(report);
      sqlNanos[i] = time(sql);
      o.printf("  run %d: report path %,d ms, raw GROUP BY %,d ms (the ledger's aging SQL alone: %,d ms)%n", i + 1,
          reportNanos[i] / 1_000_000, rawNanos[i] / 1_000_000, sqlNanos[i] / 1_000_000);
    }
    return new long[][] {reportNanos, rawNanos, sqlNanos};
  }

  private void columnar(PrintStream o, RawAging raw, CompanyView company, LocalDate today) {
    long l0 = System.nanoTime();
    RawAging.Columns columns = raw.load(company.id(), openItems);
    o.printf("In-memory columns: loaded %,d items in %,d ms%n", columns.amount().length,
        (System.nanoTime() - l0) / 1_000_000);
    RawAging.scan(columns, today);
    long[] nanos = new long[Math.max(3, runs)];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = time(() -> RawAging.scan(columns, today));
    }
    o.printf("In-memory column scan (same buckets by customer and currency): median %,d ms%n",
        median(nanos) / 1_000_000);
  }

  private static boolean agree(AgingResult r, List<RawAging.Row> rows) {
    Map<String, Long> expected = new HashMap<>();
    for (RawAging.Row row : rows) {
      for (int k = 0; k < 6; k++) {
        expected.merge(row.currency() + k, row.buckets()[k], Long::sum);
      }
    }
    Map<String, Long> actual = new HashMap<>();
    for (AgingRow t : r.totals()) {
      for (int k = 0; k < 6; k++) {
        actual.merge(t.currency().code() + k, t.bucket(k).minor(), Long::sum);
      }
    }
    expected.values().removeIf(v -> v == 0);
    actual.values().removeIf(v -> v == 0);
    return expected.equals(actual) && r.rows().total() == rows.size();
  }

  private static long time(Supplier<?> work) {
    long t0 = System.nanoTime();
    work.get();
    return System.nanoTime() - t0;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
