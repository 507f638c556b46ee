package org.openar.cashapp.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.openar.cashapp.matching.MatchSettings;
import org.openar.cashapp.matching.OpenItems;
import org.openar.cashapp.matching.Receipt;
import org.openar.cashapp.offline.MatchReport;
import org.openar.cashapp.offline.OfflineInputs;
import org.openar.cashapp.offline.OfflineMatch;
import org.openar.cashapp.offline.PhaseClock;
import org.openar.cashapp.offline.Scoring;
import org.openar.cashapp.statement.StatementFormat;
import org.openar.cashapp.statement.StatementLine;
import org.openar.shared.cli.OpenArCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openar bench cashapp}: generates a book and a statement, writes them in the {@code openar match} formats, runs
 * the same path as {@code openar match} on the files and scores it against the generated truth, next to a baseline.
 *
 * <p>Noise model (the rates are fixed, not tuned to the engine; docs/benchmarks.md repeats them):
 * <ul>
 *   <li>Receipts: 7% from strangers (tax office, interest, refunds, private persons; 15% of them for an amount that
 *       equals some open item) that must stay out of AUTO; 2% advance payments from customers (no invoice); 91%
 *       customer payments, each for the oldest open items of one customer: 85% one invoice, 15% two to five.</li>
 *   <li>Amount: a single invoice paid inside its open discount window is paid net of the discount 80% of the time;
 *       otherwise 5% short by a bank fee of 5.00-35.00 (payments over 2,000, so that the fee stays within the 2%
 *       tolerance; written off on the item due last); 5% partial payments of 30-89% (single invoices); 3% paid in USD
 *       for a CNY or EUR invoice at the reference rate ±1% (single invoices); 2% overpaid by 10.00-510.00 (on
 *       account); the rest exact.</li>
 *   <li>Payer: 62% from a registered account (name in any of the variants below; by name only for the 10% of
 *       customers without a registered account); 8% a third party (another
 *       customer's name or a factoring company, unknown account); 7% under a learned alias (an English name of a
 *       Chinese customer, a trading name); the rest by name only: exact, upper case cut at 35 characters, umlauts
 *       transliterated and punctuation dropped, Chinese name without city and legal form, legal form dropped, lower
 *       case without accents.</li>
 *   <li>Reference: 16% none ("货款", "payment", "PO 458812"); 8% structured (ISO 11649 RF or, for numeric invoice
 *       numbers, a Swiss QR reference), half of them printed in groups in the free text; otherwise invoice numbers in
 *       a sentence ("发票号 … 货款", "Rechnung …"), of which 80% exact, 10% without separators or prefix, 6% without
 *       leading zeros, 4% with one typo (a changed digit or two swapped digits).</li>
 *   <li>Every case has its own slice of one uniform draw; a case that does not apply to a payment leaves it in the
 *       plain case instead of passing it to the next slice. (Until 2026-11 the slices fell through: fees were 13% of
 *       payments over 2,000, partials ~11% of single-invoice payments, overpayments ~10% of multi-invoice payments,
 *       third-party payers 14%, and references 74/13/8/5% exact/unseparated/unpadded/mistyped; docs/benchmarks.md
 *       gives the figures on both.)</li>
 *   <li>Book: see {@link SyntheticBook}: round amounts (8%) and fixed monthly fees give duplicate amounts across
 *       and within customers.</li>
 * </ul>
 */
@OpenArCommand(parent = "bench", parentDescription = "Benchmarks: generate data at scale, run the real path, print figures")
@Command(name = "cashapp", mixinStandardHelpOptions = true,
    description = "Cash-application benchmark: auto-match rate, hit rate, precision and time against a baseline.")
public class CashappBenchCommand implements Callable<Integer> {

  @Option(names = "--lines", defaultValue = "100000", description = "statement lines (default ${DEFAULT-VALUE})")
  int lines;

  @Option(names = "--open-items", defaultValue = "1000000", description = "open items (default ${DEFAULT-VALUE})")
  int openItems;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--format", defaultValue = "camt053", description = "statement format to write: camt053 or csv")
  String format;

  @Option(names = "--out-dir", description = "where to write the files (default: a temporary directory)")
  Path outDir;

  @Override
  public Integer call() throws IOException {
    PrintStream o = System.out;
    Path dir = outDir != null ? Files.createDirectories(outDir) : Files.createTempDirectory("openar-bench-cashapp");
    long g0 = System.nanoTime();
    StatementFormat f = StatementFormat.fromCli(format);
    CashappBenchData.Generated generated = CashappBenchData.generate(dir, lines, openItems, seed, f);
    CashappBenchData.Written data = generated.written();
    Path statement = data.statement();
    o.printf("Generated %d customers, %d open items, %d lines (seed %d) in %s in %d ms%n", data.customers(),
        data.openItems(), data.lines(), seed, dir, (System.nanoTime() - g0) / 1_000_000);
    double load0 = PhaseClock.loadAverage();
    OfflineMatch.Result r = OfflineMatch.run(dir.resolve("C.csv"), dir.resolve("I.csv"), statement, f,
        dir.resolve("M.csv"), MatchSettings.DEFAULTS, OfflineInputs.fxRates(dir.resolve("rates.csv")));
    var truth = OfflineInputs.truth(dir.resolve("T.csv"));
    MatchReport.print(o, r.receipts(), r.statuses(), r.rows());
    Scoring engine = Scoring.score(r.rows(), truth);
    engine.print(o);
    baseline(o, dir, r, truth, engine);
    MissBreakdown.print(o, generated.lines(), truth, r.rows());
    timings(o, r, load0);
    return 0;
  }

  private static void baseline(PrintStream o, Path dir, OfflineMatch.Result r,
      java.util.Map<String, List<OfflineInputs.TruthRow>> truth, Scoring engine) {
    OpenItems items = OfflineInputs.openItems(dir.resolve("I.csv"), java.util.Set.copyOf(
        OfflineInputs.customers(dir.resolve("C.csv")).stream().map(c -> c.id()).toList()));
    List<Receipt> receipts = r.receipts();
    long t0 = System.nanoTime();
    long c0 = PhaseClock.processCpuNanos();
    Scoring base = Scoring.score(new BaselineMatcher(items).match(receipts), truth);
    long t1 = System.nanoTime();
    long c1 = PhaseClock.processCpuNanos();
    // CPU next to wall clock: the same work measured twice on a shared machine, to judge the engine's figures by
    o.printf("Baseline (exact invoice number + exact amount): auto-match %.3f%%, precision %.3f%%, %d ms wall, "
        + "%d ms CPU%n", 100 * base.autoMatchRate(), 100 * base.precision(), ms(t1 - t0), ms(c1 - c0));
    o.printf("Engine / baseline auto-match ratio: %.2fx%n", engine.autoMatchRate() / Math.max(1e-9, base.autoMatchRate()));
  }

  /** Wall clock next to process CPU time: on a shared 2-core machine the wall clock alone says little. */
  private static void timings(PrintStream o, OfflineMatch.Result r, double load0) {
    o.printf("Time (%d cores, load average %.1f before the run, %.1f after; CPU = process CPU time, all threads):%n",
        Runtime.getRuntime().availableProcessors(), load0, PhaseClock.loadAverage());
    o.printf("  JVM %s, options %s%n", System.getProperty("java.version"),
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    o.printf("  %-34s %9s %9s %7s%n", "phase", "wall ms", "CPU ms", "GC ms");
    PhaseClock.Phase index = r.phase("index");
    PhaseClock.Phase match = r.phase("match");
    List<PhaseClock.Phase> rows = List.of(r.phase("load").renamed("reading C.csv + I.csv"),
        r.phase("parse").renamed("parsing the statement"), index, match,
        r.phase("write").renamed("writing M.csv"), index.plus(match, "index + match (target <= 3000 ms)"),
        r.total().renamed("end to end (files in, M.csv out)"));
    for (PhaseClock.Phase p : rows) {
      o.printf("  %-34s %9d %9d %7d%n", p.name(), p.wallMillis(), p.cpuMillis(), p.gcMillis());
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
