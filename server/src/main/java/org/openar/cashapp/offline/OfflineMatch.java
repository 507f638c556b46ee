package org.openar.cashapp.offline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openar.cashapp.matching.CustomerRecord;
import org.openar.cashapp.matching.FxRates;
import org.openar.cashapp.matching.MatchStatus;
import org.openar.cashapp.matching.MatchSettings;
import org.openar.cashapp.matching.MatchingEngine;
import org.openar.cashapp.matching.OpenItems;
import org.openar.cashapp.matching.Receipt;
import org.openar.cashapp.statement.StatementFile;
import org.openar.cashapp.statement.StatementFormat;
import org.openar.cashapp.statement.StatementLine;
import org.openar.cashapp.statement.StatementReader;

/**
 * What {@code openar match} and {@code openar bench cashapp} both run: read the customers, open items and statement,
 * build the engine, match every credit line, and write M.csv. Each phase is timed separately (wall clock and CPU).
 */
public final class OfflineMatch {

  /** The outcome and what each phase (load, parse, index, match, write) cost. */
  public record Result(StatementFile statement, List<Receipt> receipts, List<MatchStatus> statuses,
      List<MatchRow> rows, int debitLines, List<PhaseClock.Phase> phases) {

    public PhaseClock.Phase phase(String name) {
      return phases.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** Everything from reading the first file to writing M.csv. */
    public PhaseClock.Phase total() {
      long wall = 0;
      long cpu = 0;
      long gc = 0;
      for (PhaseClock.Phase p : phases) {
        wall += p.wallNanos();
        cpu += p.cpuNanos();
        gc += p.gcMillis();
      }
      return new PhaseClock.Phase("total", wall, cpu, gc);
    }
  }

  private record Outcome(MatchStatus status, List<MatchRow> rows) {}

  private OfflineMatch() {}

  public static Result run(Path customersCsv, Path itemsCsv, Path statementFile, StatementFormat format, Path out,
      MatchSettings settings, FxRates fx) {
    PhaseClock clock = new PhaseClock();
    List<CustomerRecord> customers = OfflineInputs.customers(customersCsv);
    Set<String> ids = new HashSet<>();
    customers.forEach(c -> ids.add(c.id()));
    OpenItems items = OfflineInputs.openItems(itemsCsv, ids);
    clock.lap("load");
    StatementFile statement = StatementReader.read(statementFile, format, null);
    List<StatementLine> all = statement.lines();
    List<Receipt> receipts = all.stream().filter(StatementLine::isCredit).map(Receipt::of).toList();
    clock.lap("parse");
    MatchingEngine engine = MatchingEngine.build(customers, items, settings, fx);
    clock.lap("index");
    // only the status and the M.csv rows of each answer are kept, so the proposals die young
    List<Outcome> outcomes = engine.matchAll(receipts, m -> new Outcome(m.status(), MatchRow.of(m)));
    clock.lap("match");
    List<MatchRow> rows = new ArrayList<>(outcomes.size() + outcomes.size() / 4);
    List<MatchStatus> statuses = new ArrayList<>(outcomes.size());
    for (Outcome o : outcomes) {
      rows.addAll(o.rows());
      statuses.add(o.status());
    }
    if (out != null) {
      MatchReport.write(out, rows);
    }
    clock.lap("write");
    return new Result(statement, receipts, statuses, rows, all.size() - receipts.size(), clock.phases());
  }
}
