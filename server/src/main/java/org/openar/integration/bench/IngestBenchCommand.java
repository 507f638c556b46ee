package org.openar.integration.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.customers.Tier;
import org.openar.integration.ColumnMapping;
import org.openar.integration.ImportRequest;
import org.openar.integration.ImportResult;
import org.openar.integration.ImportType;
import org.openar.integration.Imports;
import org.openar.shared.cli.DataOptions;
import org.openar.shared.cli.OpenArCommand;
import org.openar.shared.cli.SpringCli;
import org.openar.shared.money.CurrencyCode;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code openar bench ingest}: generates an open-invoice CSV (not timed), imports it through the real path (file
 * reading, mapping, parsing, customer lookup, ledger validation, COPY, commits, rejected-row and progress bookkeeping)
 * into a fresh database, and measures in the same run a raw COPY of the same rows into the same table
 * ({@code ledger_item}, with all its indexes, constraints and triggers) before and after the import, for the ratio.
 * Since the import writes two chunks at once (two COPY streams, one per core), the same rows are also COPYed raw in two
 * parallel streams after the import, and the ratio is taken to the fastest of the baselines.
 */
@OpenArCommand(parent = "bench", parentDescription = "Benchmarks: generate data at scale, run the real path, print figures")
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Import throughput of open invoices (CSV → ledger) against a raw COPY of the same rows.")
public class IngestBenchCommand implements Callable<Integer> {

  static final double TARGET_ROWS_PER_SECOND = 150_000;
  static final double TARGET_RATIO = 0.45;
  private static final String COPY = """
      copy ledger_item (id, company_id, customer_id, original_minor, open_minor, created_at, document_date, due_date,
          value_date, installment_no, side, currency, type, status, document_number, payment_terms, reference,
          description, external_ref, batch_id, created_by) from stdin""";

  @Option(names = "--rows", defaultValue = "1000000", description = "invoices (default ${DEFAULT-VALUE})")
  int rows;

  @Option(names = "--customers", defaultValue = "2000", description = "customers (default ${DEFAULT-VALUE})")
  int customerCount;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--keep", description = "keep the generated files and database directory")
  boolean keep;

  @Mixin
  DataOptions data;

  @Override
  public Integer call() throws Exception {
    PrintStream o = System.out;
    Path dir = Files.createTempDirectory("openar-bench-ingest");
    Path csv = dir.resolve("open-invoices.csv");
    long g0 = System.nanoTime();
    IngestData.csv(csv, rows, customerCount, seed);
    o.printf(Locale.ROOT, "Generated %,d invoices of %,d customers in %s (%,d bytes) in %.1f s%n", rows,
        customerCount, csv, Files.size(csv), (System.nanoTime() - g0) / 1e9);
    String[] fresh = data.springArgs().isEmpty() ? new String[] {"--openar.data-dir=" + dir.resolve("data")}
        : new String[0];
    try (ConfigurableApplicationContext ctx = SpringCli.start(data, fresh)) {
      return measure(ctx, csv, dir, o);
    } finally {
      if (!keep) {
        deleteTree(dir);
      } else {
        o.println("Kept " + dir);
      }
    }
  }

  /** Baseline COPY, the import, baseline COPY again; the ratio is taken to the faster baseline. */
  private int measure(ConfigurableApplicationContext ctx, Path csv, Path dir, PrintStream o) throws Exception {
    Customers customers = ctx.getBean(Customers.class);
    Map<String, UUID> ids = setUp(customers, o);
    CompanyView company = customers.companies().stream().filter(c -> c.code().equals("BENCH")).findFirst()
        .orElseThrow();
    DataSource ds = ctx.getBean(DataSource.class);
    java.time.Instant now = ctx.getBean(java.time.Clock.class).instant();
    double before = copy(ds, csv, dir.resolve("before.copy"), ids, now, o, "before the import");
    long t0 = System.nanoTime();
    ImportResult r = ctx.getBean(Imports.class).run(csv, "open-invoices.csv", new ImportRequest(
        ImportType.OPEN_INVOICES, company.id(), ColumnMapping.of(Map.of()), null, null, false), null);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double after = copy(ds, csv, dir.resolve("after.copy"), ids, now, o, "after the import");
    double parallel = copyParallel(ds, csv, dir, ids, now, o);
    report(o, r, seconds, Math.max(before, after), parallel);
    return r.job().progress().accepted() == rows ? 0 : 1;
  }

  private Map<String, UUID> setUp(Customers customers, PrintStream o) {
    long t0 = System.nanoTime();
    CompanyView company = customers.createCompany(new Customers.NewCompany("BENCH", "基准测试公司", "Bench Co",
        CurrencyCode.CNY, ZoneId.of("Asia/Shanghai")));
    Map<String, UUID> ids = new HashMap<>();
    for (int i = 1; i <= customerCount; i++) {
      CustomerView c = customers.create(new Customers.NewCustomer(company.id(), IngestData.code(i), null,
          "Customer " + i, null, Tier.B, null, null, null, List.of()));
      ids.put(c.code(), c.id().value());
    }
    o.printf(Locale.ROOT, "Created company BENCH and %,d customers in %.1f s (not timed)%n", customerCount,
        (System.nanoTime() - t0) / 1e9);
    return ids;
  }

  /** COPYs the rows (for a company of their own, so the document numbers are free) and returns rows per second. */
  private double copy(DataSource ds, Path csv, Path text, Map<String, UUID> ids, java.time.Instant now, PrintStream o,
      String when)
      throws IOException, SQLException {
    IngestData.copyText(csv, text, UUID.randomUUID(), ids, now);
    long t0 = System.nanoTime();
    long n;
    try (Connection con = ds.getConnection(); Reader in = Files.newBufferedReader(text, StandardCharsets.UTF_8)) {
      n = con.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, in, 1 << 16);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Files.delete(text);
    o.printf(Locale.ROOT, "Baseline: raw COPY of the same %,d rows into ledger_item %s: %.2f s = %,.0f rows/s%n", n,
        when, seconds, n / seconds);
    return n / seconds;
  }

  /** The same rows COPYed raw in two streams at once (half each, two connections), as the import writes them. */
  private double copyParallel(DataSource ds, Path csv, Path dir, Map<String, UUID> ids, java.time.Instant now,
      PrintStream o) throws Exception {
    Path all = dir.resolve("parallel.copy");
    IngestData.copyText(csv, all, UUID.randomUUID(), ids, now);
    List<String> lines = Files.readAllLines(all, StandardCharsets.UTF_8);
    Files.delete(all);
    Path[] halves = {dir.resolve("parallel-1.copy"), dir.resolve("parallel-2.copy")};
    Files.write(halves[0], lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
    Files.write(halves[1], lines.subList(lines.size() / 2, lines.size()), StandardCharsets.UTF_8);
    lines = null;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      long t0 = System.nanoTime();
      List<java.util.concurrent.Future<Long>> parts = new ArrayList<>();
      for (Path half : halves) {
        parts.add(pool.submit(() -> {
          try (Connection con = ds.getConnection();
              Reader in = Files.newBufferedReader(half, StandardCharsets.UTF_8)) {
            return con.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, in, 1 << 16);
          }
        }));
      }
      long n = 0;
      for (var part : parts) {
        n += part.get();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      o.printf(Locale.ROOT, "Baseline: raw COPY of the same %,d rows into ledger_item in two parallel streams, after "
          + "the import: %.2f s = %,.0f rows/s%n", n, seconds, n / seconds);
      return n / seconds;
    } finally {
      pool.shutdownNow();
      for (Path half : halves) {
        Files.deleteIfExists(half);
      }
    }
  }

  private void report(PrintStream o, ImportResult r, double seconds, double copyRate, double parallelRate)
      throws IOException {
    var p = r.job().progress();
    double rate = p.accepted() / seconds;
    double ratio = rate / Math.max(copyRate, parallelRate);
    o.printf(Locale.ROOT, "Import (openar import path, open invoices): %,d read, %,d accepted, %,d rejected in %.2f s "
        + "= %,.0f rows/s%n", p.rowsRead(), p.accepted(), p.rejected(), seconds, rate);
    o.printf(Locale.ROOT, "Ratio to the faster single-stream raw COPY: %.2f×, to the two-stream raw COPY: %.2f×%n",
        rate / copyRate, rate / parallelRate);
    o.printf(Locale.ROOT, "Ratio to the fastest raw COPY: %.2f×  (targets: ≥ %,.0f rows/s %s, ≥ %.2f× COPY %s)%n",
        ratio, TARGET_ROWS_PER_SECOND, rate >= TARGET_ROWS_PER_SECOND ? "MET" : "NOT MET", TARGET_RATIO,
        ratio >= TARGET_RATIO ? "MET" : "NOT MET");
    String load = Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).trim() : "?";
    o.printf(Locale.ROOT, "Machine: %d cores, load average %s, Java %s, heap %d MB%n",
        Runtime.getRuntime().availableProcessors(), load, System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(files.toList());
      java.util.Collections.reverse(all);
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    }
  }
}
