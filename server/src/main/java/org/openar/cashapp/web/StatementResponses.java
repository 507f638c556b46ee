package org.openar.cashapp.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openar.cashapp.StatementId;
import org.openar.cashapp.app.CashImports;
import org.openar.cashapp.app.CashQueries.StatementView;
import org.openar.cashapp.app.HouseAccount;
import org.openar.cashapp.app.ImportOutcome;
import org.openar.cashapp.app.MatchSummary;
import org.openar.cashapp.persistence.StatementCounts;
import org.openar.cashapp.persistence.StatementRow;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** Response bodies of the statement endpoints. */
final class StatementResponses {

  private StatementResponses() {}

  record MatchingResponse(int lines, int autoPosted, int suggested, int unmatched, int notPosted, int skipped,
      long millis) {
    static MatchingResponse of(MatchSummary s) {
      return s == null ? null : new MatchingResponse(s.lines(), s.autoPosted(), s.suggested(), s.unmatched(),
          s.notPosted(), s.skipped(), s.millis());
    }
  }

  record SkippedEntryResponse(String lineRef, Money amount, LocalDate valueDate, UUID originalStatementId,
      String originalSource) {}

  /**
   * One statement of an imported file; when {@code duplicate}, nothing was stored and {@code id} is the statement
   * imported before (or null when the file itself held it twice).
   */
  record ImportedStatementResponse(UUID id, boolean duplicate, Instant importedBefore, String previousSource,
      UUID companyId, UUID bankAccountId, String account, String statementRef, LocalDate fromDate, LocalDate toDate,
      int lines, int credits, List<SkippedEntryResponse> skippedEntries, List<String> warnings,
      MatchingResponse matching) {}

  /** Totals over the file: receipts posted automatically, left in the queue, and what was skipped as seen before. */
  record ImportTotals(int statements, int duplicateStatements, int duplicateEntries, int autoPosted, int queued,
      int notPosted) {}

  record ImportResponse(String source, String format, List<ImportedStatementResponse> statements,
      ImportTotals totals) {

    static ImportResponse of(CashImports.Result r) {
      ImportOutcome o = r.outcome();
      List<ImportedStatementResponse> list = o.statements().stream().map(s -> new ImportedStatementResponse(
          s.id() == null ? null : s.id().value(), s.duplicate(), s.importedBefore(), s.previousSource(),
          s.companyId().value(), s.accountId().value(), s.account(), s.statementRef(), s.fromDate(), s.toDate(),
          s.lines(), s.credits(), s.skippedEntries().stream().map(e -> new SkippedEntryResponse(e.lineRef(),
              e.amount(), e.valueDate(), e.originalStatement().value(), e.originalSource())).toList(),
          s.warnings(), s.duplicate() ? null : MatchingResponse.of(r.matching().get(s.id())))).toList();
      MatchSummary t = r.total();
      return new ImportResponse(o.source(), o.format().cliName(), list, new ImportTotals(o.statements().size(),
          o.duplicateStatements(), o.duplicateEntries(), t.autoPosted(), t.queued(), t.notPosted()));
    }
  }

  record AccountRef(UUID id, String accountNumber, String name, String bankName) {
    static AccountRef of(HouseAccount a) {
      return a == null ? null : new AccountRef(a.id().value(), a.accountNumber(), a.name(), a.bankName());
    }
  }

  /** Line counts by status; {@code autoMatchRate} = auto-posted / receipts (0..1), receipts excluding duplicates. */
  record CountsResponse(Map<String, Long> byStatus, long receipts, long autoPosted, long queued, double autoMatchRate,
      Money receivedTotal, Money appliedTotal) {
    static CountsResponse of(StatementCounts c, String currency) {
      if (c == null) {
        return null;
      }
      CurrencyCode ccy = currency == null ? null : CurrencyCode.of(currency);
      return new CountsResponse(c.byStatus(), c.receipts(), c.autoPosted(), c.queued(), c.autoMatchRate(),
          ccy == null ? null : Money.ofMinor(c.creditTotalMinor(), ccy),
          ccy == null ? null : Money.ofMinor(c.matchedTotalMinor(), ccy));
    }
  }

  record BalanceResponse(Money amount, LocalDate date) {}

  record StatementResponse(UUID id, UUID companyId, AccountRef bankAccount, UUID importId, String source,
      String channel, String format, String messageType, String statementRef, String account, String currency,
      LocalDate fromDate, LocalDate toDate, BalanceResponse opening, BalanceResponse closing, int lineCount,
      int creditCount, int duplicateEntries, List<String> warnings, Instant importedAt, String importedBy,
      CountsResponse counts) {

    static StatementResponse of(StatementView v) {
      StatementRow s = v.statement();
      return new StatementResponse(s.id().value(), s.companyId().value(), AccountRef.of(v.account()), s.importId(),
          s.source(), s.channel(), s.format(), s.messageType(), s.statementRef(), s.account(), s.currency(),
          s.fromDate(), s.toDate(), balance(s.openingMinor(), s.openingDate(), s.currency()),
          balance(s.closingMinor(), s.closingDate(), s.currency()), s.lineCount(), s.creditCount(),
          s.duplicateEntries(), s.warnings(), s.importedAt(), s.importedBy(), CountsResponse.of(v.counts(),
              s.currency()));
    }

    private static BalanceResponse balance(Long minor, LocalDate date, String currency) {
      return minor == null || currency == null ? null
          : new BalanceResponse(Money.ofMinor(minor, CurrencyCode.of(currency)), date);
    }
  }

  static UUID uuid(StatementId id) {
    return id == null ? null : id.value();
  }
}
