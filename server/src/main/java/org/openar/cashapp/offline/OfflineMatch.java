package org.openar.cashapp.offline;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openar.cashapp.matching.CustomerRecord;
import org.openar.cashapp.matching.FxRates;
import org.openar.cashapp.matching.LineMatch;
import org.openar.cashapp.matching.MatchSettings;
import org.openar.cashapp.matching.MatchingEngine;
import org.openar.cashapp.matching.OpenItem;
import org.openar.cashapp.matching.Receipt;
import org.openar.cashapp.statement.StatementFile;
import org.openar.cashapp.statement.StatementFormat;
import org.openar.cashapp.statement.StatementLine;
import org.openar.cashapp.statement.StatementReader;

/**
 * What {@code openar match} and {@code openar bench cashapp} both run: read the customers, open items and statement,
 * build the engine, match every credit line, and write M.csv. Each phase is timed separately.
 */
public final class OfflineMatch {

  /** The outcome and the time each phase took, in nanoseconds. */
  public record Result(StatementFile statement, List<LineMatch> matches, List<MatchRow> rows, int debitLines,
      long loadNanos, long parseNanos, long indexNanos, long matchNanos) {

    public long totalNanos() {
      return loadNanos + parseNanos + indexNanos + matchNanos;
    }
  }

  private OfflineMatch() {}

  public static Result run(Path customersCsv, Path itemsCsv, Path statementFile, StatementFormat format, Path out,
      MatchSettings settings, FxRates fx) {
    long t0 = System.nanoTime();
    List<CustomerRecord> customers = OfflineInputs.customers(customersCsv);
    Set<String> ids = new HashSet<>();
    customers.forEach(c -> ids.add(c.id()));
    List<OpenItem> items = OfflineInputs.openItems(itemsCsv, ids);
    long t1 = System.nanoTime();
    StatementFile statement = StatementReader.read(statementFile, format, null);
    List<StatementLine> all = statement.lines();
    List<Receipt> receipts = all.stream().filter(StatementLine::isCredit).map(Receipt::of).toList();
    long t2 = System.nanoTime();
    MatchingEngine engine = MatchingEngine.build(customers, items, settings, fx);
    long t3 = System.nanoTime();
    List<LineMatch> matches = engine.matchAll(receipts);
    long t4 = System.nanoTime();
    List<MatchRow> rows = MatchReport.rows(matches);
    if (out != null) {
      MatchReport.write(out, rows);
    }
    return new Result(statement, matches, rows, all.size() - receipts.size(), t1 - t0, t2 - t1, t3 - t2, t4 - t3);
  }
}
