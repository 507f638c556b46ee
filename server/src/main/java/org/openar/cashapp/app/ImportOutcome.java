package org.openar.cashapp.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openar.cashapp.HouseAccountId;
import org.openar.cashapp.StatementId;
import org.openar.cashapp.statement.StatementFormat;
import org.openar.customers.CompanyId;
import org.openar.shared.money.Money;

/** What importing one file did, statement by statement. */
public record ImportOutcome(String source, StatementFormat format, List<StatementOutcome> statements) {

  public ImportOutcome {
    statements = List.copyOf(statements);
  }

  public int imported() {
    return (int) statements.stream().filter(s -> !s.duplicate()).count();
  }

  public int duplicateStatements() {
    return statements.size() - imported();
  }

  public int duplicateEntries() {
    return statements.stream().filter(s -> !s.duplicate()).mapToInt(s -> s.skippedEntries().size()).sum();
  }

  /**
   * One statement of the file. When {@code duplicate}, nothing was stored: {@code id} is the statement imported before
   * ({@code importedBefore} from {@code previousSource}). Otherwise {@code skippedEntries} lists the lines that had been
   * imported with another statement and are kept only for reference.
   */
  public record StatementOutcome(StatementId id, boolean duplicate, Instant importedBefore, String previousSource,
      CompanyId companyId, HouseAccountId accountId, String account, String statementRef, LocalDate fromDate,
      LocalDate toDate, int lines, int credits, List<SkippedEntry> skippedEntries, List<String> warnings) {

    public StatementOutcome {
      skippedEntries = List.copyOf(skippedEntries);
      warnings = List.copyOf(warnings);
    }
  }

  /** A line already imported with {@code originalStatement} (from file {@code originalSource}). */
  public record SkippedEntry(String lineRef, Money amount, LocalDate valueDate, StatementId originalStatement,
      String originalSource) {}
}
