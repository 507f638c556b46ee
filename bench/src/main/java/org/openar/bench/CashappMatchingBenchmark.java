package org.openar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openar.cashapp.bench.CashappBenchData;
import org.openar.cashapp.matching.CustomerRecord;
import org.openar.cashapp.matching.FxRates;
import org.openar.cashapp.matching.LineMatch;
import org.openar.cashapp.matching.MatchSettings;
import org.openar.cashapp.matching.MatchingEngine;
import org.openar.cashapp.matching.OpenItems;
import org.openar.cashapp.matching.Receipt;
import org.openar.cashapp.offline.OfflineInputs;
import org.openar.cashapp.statement.StatementFormat;
import org.openar.cashapp.statement.StatementLine;
import org.openar.cashapp.statement.StatementReader;
import org.openar.shared.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The matching kernel on the cash-application benchmark's data (the generator of {@code openar bench cashapp}):
 * the time to match one statement line against the open items, warm, on one thread, and the time to index the book.
 * {@code openar bench cashapp} measures the cold, end-to-end path; this isolates the engine from file reading and
 * from the JIT's warm-up. Run: {@code java -jar bench/target/openar-benchmarks.jar CashappMatching}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-XX:+UseParallelGC"})
public class CashappMatchingBenchmark {

  @Param({"200000"})
  int openItems;

  @Param({"20000"})
  int lines;

  private List<CustomerRecord> customers;
  private OpenItems items;
  private FxRates fx;
  private MatchingEngine engine;
  private List<Receipt> receipts;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("openar-jmh-cashapp");
    CashappBenchData.Written w = CashappBenchData.write(dir, lines, openItems, 7, StatementFormat.CSV);
    customers = OfflineInputs.customers(dir.resolve("C.csv"));
    Set<String> ids = new HashSet<>();
    customers.forEach(c -> ids.add(c.id()));
    items = OfflineInputs.openItems(dir.resolve("I.csv"), ids);
    fx = OfflineInputs.fxRates(dir.resolve("rates.csv"));
    receipts = StatementReader.read(w.statement(), StatementFormat.CSV, null).lines().stream()
        .filter(StatementLine::isCredit).map(Receipt::of).toList();
    engine = MatchingEngine.build(customers, items, MatchSettings.DEFAULTS, fx);
  }

  /** One statement line, the next one each call (all kinds of lines, in statement order). */
  @Benchmark
  public LineMatch matchOneLine() {
    Receipt r = receipts.get(next);
    next = next + 1 == receipts.size() ? 0 : next + 1;
    return engine.match(r);
  }

  /** Index building for the whole book (names and numbers), per call. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public MatchingEngine buildIndex() {
    return MatchingEngine.build(customers, items, MatchSettings.DEFAULTS, fx);
  }

  /** The baseline of the kernel: what a receipt costs before any matching (reading its amount). */
  @Benchmark
  public Money readReceiptBaseline() {
    Receipt r = receipts.get(next);
    next = next + 1 == receipts.size() ? 0 : next + 1;
    return r.amount();
  }
}
