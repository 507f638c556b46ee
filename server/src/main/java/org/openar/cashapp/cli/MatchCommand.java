package org.openar.cashapp.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openar.cashapp.matching.FxRates;
import org.openar.cashapp.matching.MatchSettings;
import org.openar.cashapp.offline.MatchReport;
import org.openar.cashapp.offline.OfflineInputs;
import org.openar.cashapp.offline.OfflineMatch;
import org.openar.cashapp.offline.Scoring;
import org.openar.cashapp.statement.StatementFormat;
import org.openar.shared.cli.OpenArCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openar match}: the matching engine on files, without Spring or a database. A stable contract that external
 * evaluations depend on (issue 5): the file formats are documented in {@link OfflineInputs} and the M.csv rows in
 * {@link org.openar.cashapp.offline.MatchRow}.
 */
@OpenArCommand
@Command(name = "match", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Match a bank statement against customers and open items, offline (no database).",
        "Writes one M.csv row per allocation: line_id,customer_id,invoice_number,applied_amount,discount_amount,status",
        "(AUTO, SUGGESTED, ON_ACCOUNT, UNMATCHED) and prints payment- and line-level statistics;",
        "with --truth also the auto-match rate, precision and hit rate."})
public class MatchCommand implements Callable<Integer> {

  @Option(names = "--customers", required = true, paramLabel = "C.csv",
      description = "customer_id,name,accounts,aliases (accounts and aliases separated by |)")
  Path customers;

  @Option(names = "--open-items", required = true, paramLabel = "I.csv",
      description = "invoice_number,customer_id,currency,open_amount,invoice_date,due_date,discount_percent,discount_until")
  Path openItems;

  @Option(names = "--statement", required = true, paramLabel = "FILE", description = "camt.053/054, MT940, BAI2 or CSV")
  Path statement;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "camt053, camt054, camt052, mt940, bai2, csv or xlsx; detected from the content when omitted")
  String format;

  @Option(names = "--out", required = true, paramLabel = "M.csv", description = "where to write the matches")
  Path out;

  @Option(names = "--truth", paramLabel = "T.csv", description = "line_id,invoice_number,applied_amount: prints accuracy")
  Path truth;

  @Option(names = "--fx-rates", paramLabel = "R.csv",
      description = "from,to,rate: reference rates for payments in another currency (optional)")
  Path fxRates;

  @Option(names = "--auto-threshold", paramLabel = "P", defaultValue = "0.95",
      description = "confidence at or above which a proposal is AUTO (default ${DEFAULT-VALUE})")
  double autoThreshold;

  @Override
  public Integer call() {
    PrintStream o = System.out;
    StatementFormat f = format == null ? null : StatementFormat.fromCli(format);
    FxRates fx = fxRates == null ? FxRates.NONE : OfflineInputs.fxRates(fxRates);
    OfflineMatch.Result r = OfflineMatch.run(customers, openItems, statement, f,
        out, MatchSettings.DEFAULTS.withAutoThreshold(autoThreshold), fx);
    o.printf("Statement %s (%s): %d statement(s), %d lines, %d debit lines not matched%n", statement.getFileName(),
        r.statement().format().cliName(), r.statement().statements().size(), r.statement().lines().size(),
        r.debitLines());
    r.statement().warnings().forEach(w -> o.println("  warning: " + w));
    MatchReport.print(o, r.receipts(), r.statuses(), r.rows());
    o.printf("Time: load %d ms, parse %d ms, index %d ms, match %d ms%n", r.phase("load").wallMillis(),
        r.phase("parse").wallMillis(), r.phase("index").wallMillis(), r.phase("match").wallMillis());
    if (truth != null) {
      Scoring.score(r.rows(), OfflineInputs.truth(truth)).print(o);
    }
    o.println("Wrote " + out);
    return 0;
  }
}
