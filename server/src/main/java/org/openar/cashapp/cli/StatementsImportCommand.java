package org.openar.cashapp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openar.cashapp.HouseAccountId;
import org.openar.cashapp.app.CashImports;
import org.openar.cashapp.app.HouseAccount;
import org.openar.cashapp.app.ImportOutcome.StatementOutcome;
import org.openar.cashapp.app.ImportRequest;
import org.openar.cashapp.app.MatchSummary;
import org.openar.cashapp.domain.AccountNumbers;
import org.openar.cashapp.persistence.HouseAccountRepository;
import org.openar.cashapp.statement.StatementFormat;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers;
import org.openar.shared.cli.DataOptions;
import org.openar.shared.cli.OpenArCommand;
import org.openar.shared.cli.SpringCli;
import org.openar.shared.error.OpenArException;
import org.openar.shared.i18n.Messages;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code openar statements import FILE...}: the same import and matching as the upload screen, from the command line
 * (as the system user). Each file is imported on its own; one that fails is reported and the others go on.
 */
@OpenArCommand(parent = "statements", parentDescription = "Bank statements: import and match")
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Import bank statement files into the database and match their receipts.",
        "Confident matches are posted to the ledger; the rest wait in the exception queue.",
        "A statement or entry imported before is recognised and skipped. Exit code 0 when every file imported, 1 "
            + "otherwise."})
public class StatementsImportCommand implements Callable<Integer> {

  @Mixin
  DataOptions data;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "statement files")
  List<Path> files;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "camt053, camt054, camt052, mt940, bai2, csv or xlsx; detected from the content when omitted")
  String format;

  @Option(names = "--bank-account", paramLabel = "NUMBER",
      description = "the house account the files are for (needed for CSV/xlsx without an account; its saved column "
          + "mapping applies)")
  String bankAccount;

  @Option(names = "--company", paramLabel = "CODE", description = "accept only accounts of this company")
  String company;

  @Option(names = "--no-match", description = "store the statements without matching them")
  boolean noMatch;

  @Override
  public Integer call() {
    StatementFormat f = format == null ? null : StatementFormat.fromCli(format);
    try (ConfigurableApplicationContext ctx = SpringCli.start(data)) {
      Messages messages = ctx.getBean(Messages.class);
      HouseAccountId account = bankAccount == null ? null : account(ctx);
      CompanyId companyId = company == null ? null : company(ctx);
      int failed = 0;
      for (Path file : files) {
        failed += importOne(ctx.getBean(CashImports.class), messages, file, f, account, companyId) ? 0 : 1;
      }
      return failed == 0 ? 0 : 1;
    }
  }

  private boolean importOne(CashImports imports, Messages messages, Path file, StatementFormat f,
      HouseAccountId account, CompanyId companyId) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      byte[] bytes = Files.readAllBytes(file);
      CashImports.Result r = imports.importAndMatch(new ImportRequest(file.getFileName().toString(), bytes, f,
          account, companyId, "CLI"), !noMatch);
      out.printf("%s (%s): %d statement(s) imported, %d skipped as imported before%n", file,
          r.outcome().format().cliName(), r.outcome().imported(), r.outcome().duplicateStatements());
      r.outcome().statements().forEach(s -> print(out, s, r.matching().get(s.id())));
      return true;
    } catch (IOException e) {
      err.printf("%s: cannot read the file: %s%n", file, e.getMessage());
    } catch (OpenArException e) {
      err.printf("%s: %s: %s%n", file, messages.title(Locale.ENGLISH, e.errorCode()),
          messages.describe(Locale.ENGLISH, e));
    }
    return false;
  }

  private static void print(PrintWriter out, StatementOutcome s, MatchSummary m) {
    if (s.duplicate()) {
      out.printf("  statement %s of %s: imported before (%s, %s), skipped%n", s.statementRef(), s.account(),
          s.previousSource(), s.importedBefore());
      return;
    }
    out.printf("  statement %s of %s (%s..%s): %d lines, %d receipts, %d entries imported before and skipped%n",
        s.statementRef(), s.account(), s.fromDate(), s.toDate(), s.lines(), s.credits(), s.skippedEntries().size());
    s.warnings().forEach(w -> out.println("    warning: " + w));
    if (m != null) {
      out.printf("    matching: %d posted automatically, %d in the exception queue (%d suggested, %d unmatched), "
          + "%d not posted, in %d ms%n", m.autoPosted(), m.queued(), m.suggested(), m.unmatched(), m.notPosted(),
          m.millis());
    }
  }

  private HouseAccountId account(ConfigurableApplicationContext ctx) {
    HouseAccount a = ctx.getBean(HouseAccountRepository.class).findByKey(AccountNumbers.key(bankAccount))
        .orElseThrow(() -> new IllegalArgumentException("no house bank account " + bankAccount
            + " (register it under Cash application > Bank accounts, or POST /api/v1/cashapp/bank-accounts)"));
    return a.id();
  }

  private CompanyId company(ConfigurableApplicationContext ctx) {
    return ctx.getBean(Customers.class).companies().stream().filter(c -> c.code().equalsIgnoreCase(company))
        .map(CompanyView::id).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no company with the code " + company));
  }
}
