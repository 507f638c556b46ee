package org.openar.cashapp.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.cashapp.StatementId;
import org.openar.cashapp.StatementImported;
import org.openar.cashapp.StatementLineId;
import org.openar.cashapp.app.ImportOutcome.SkippedEntry;
import org.openar.cashapp.app.ImportOutcome.StatementOutcome;
import org.openar.cashapp.domain.LineStatus;
import org.openar.cashapp.persistence.LineRepository;
import org.openar.cashapp.persistence.LineRepository.Existing;
import org.openar.cashapp.persistence.LineRow;
import org.openar.cashapp.persistence.BankStatementRepository;
import org.openar.cashapp.persistence.StatementRow;
import org.openar.cashapp.statement.Statement;
import org.openar.cashapp.statement.StatementFormat;
import org.openar.cashapp.statement.StatementLine;
import org.openar.shared.id.Ids;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the statements of one file in one transaction. Imports into the same account are serialised (advisory lock)
 * so the duplicate checks hold under concurrency; a statement seen before is skipped whole, and an entry seen before is
 * stored as a DUPLICATE line pointing at the original, never posted. The unique indexes back both checks.
 */
@Component
public class StatementStore {

  /** A parsed statement and the house account it belongs to. */
  public record Resolved(Statement statement, HouseAccount account) {}

  private final BankStatementRepository statements;
  private final LineRepository lines;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final BusinessCalendar calendar;

  public StatementStore(BankStatementRepository statements, LineRepository lines, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock, BusinessCalendar calendar) {
    this.statements = statements;
    this.lines = lines;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.calendar = calendar;
  }

  @Transactional
  public List<StatementOutcome> store(ImportRequest req, StatementFormat format, List<Resolved> resolved) {
    UUID importId = Ids.newId();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Set<String> keysOfThisFile = new HashSet<>();
    List<StatementOutcome> out = new ArrayList<>();
    resolved.stream().map(r -> r.account().id()).distinct().sorted(java.util.Comparator.comparing(Object::toString))
        .forEach(statements::lockAccount);
    for (Resolved r : resolved) {
      Statement s = r.statement();
      StatementRow before = statements.findByDuplicateKey(s.duplicateKey()).orElse(null);
      if (before != null || !keysOfThisFile.add(s.duplicateKey())) {
        out.add(duplicate(r, before));
        continue;
      }
      out.add(storeOne(req, format, r, importId, now));
    }
    return out;
  }

  private StatementOutcome storeOne(ImportRequest req, StatementFormat format, Resolved r, UUID importId,
      Instant now) {
    Statement s = r.statement();
    StatementId id = new StatementId(Ids.newId());
    Map<String, Existing> seen = lines.existingEntries(s.lines().stream().map(StatementLine::entryKey).toList());
    List<LineRow> rows = new ArrayList<>();
    List<SkippedEntry> skipped = new ArrayList<>();
    List<String> warnings = new ArrayList<>(s.warnings());
    for (int i = 0; i < s.lines().size(); i++) {
      StatementLine l = s.lines().get(i);
      Existing original = seen.get(l.entryKey());
      LocalDate value = valueDate(s, l, warnings);
      rows.add(row(id, r.account(), l, i + 1, value, original));
      if (original != null) {
        skipped.add(new SkippedEntry(l.lineId(), l.amount(), value, original.statementId(), original.source()));
      }
    }
    int credits = (int) s.lines().stream().filter(StatementLine::isCredit).count();
    StatementRow row = new StatementRow(id, r.account().companyId(), r.account().id(), importId, req.source(),
        req.channel(), format.name(), s.messageType(), s.statementId(), s.account() == null || s.account().isBlank()
            ? r.account().accountNumber() : s.account(), currency(s), s.fromDate(), s.toDate(),
        s.opening() == null ? null : s.opening().amount().minor(), s.opening() == null ? null : s.opening().date(),
        s.closing() == null ? null : s.closing().amount().minor(), s.closing() == null ? null : s.closing().date(),
        s.duplicateKey(), s.lines().size(), credits, skipped.size(), warnings, now, CurrentActor.get().username());
    statements.insert(row);
    lines.insertAll(rows);
    StatementOutcome outcome = new StatementOutcome(id, false, null, null, row.companyId(), row.accountId(),
        row.account(), s.statementId(), s.fromDate(), s.toDate(), s.lines().size(), credits, skipped, warnings);
    audit.record("cashapp.statement", id.toString(), "imported", null, outcome);
    events.publishEvent(new StatementImported(id, row.companyId(), row.accountId(), row.account(), rows.size(),
        credits, skipped.size()));
    return outcome;
  }

  /** {@code position}: 1-based place in the statement (the parser's ordinal is per format, not always unique). */
  private static LineRow row(StatementId statement, HouseAccount account, StatementLine l, int position,
      LocalDate value, Existing original) {
    LineStatus status = original != null ? LineStatus.DUPLICATE
        : l.isCredit() ? LineStatus.NEW : LineStatus.NOT_RECEIPT;
    return new LineRow(new StatementLineId(Ids.newId()), statement, account.companyId(), position, l.lineId(),
        l.bookingDate(), value, l.amount(), l.payerName(), l.payerAccount(), l.remittance(),
        l.structuredReferences(), l.endToEndId(), l.bankReference(), l.transactionCode(), l.reversal(), l.booked(),
        original == null ? l.entryKey() : null, original == null ? null : original.lineId(), status, null, null, null,
        null, null, null, null, null, null, null, 0);
  }

  private static StatementOutcome duplicate(Resolved r, StatementRow before) {
    Statement s = r.statement();
    return new StatementOutcome(before == null ? null : before.id(), true,
        before == null ? null : before.importedAt(), before == null ? null : before.source(),
        r.account().companyId(), r.account().id(), s.account(), s.statementId(), s.fromDate(), s.toDate(),
        s.lines().size(), (int) s.lines().stream().filter(StatementLine::isCredit).count(), List.of(),
        s.warnings());
  }

  /**
   * The value date, else the booking date, else the statement's period, else (a notification that says nothing) the
   * day of the import, with a warning: a line needs a date to be posted on.
   */
  private LocalDate valueDate(Statement s, StatementLine l, List<String> warnings) {
    LocalDate d = l.effectiveDate() != null ? l.effectiveDate() : s.toDate() != null ? s.toDate() : s.fromDate();
    if (d == null) {
      d = calendar.today();
      warnings.add("line " + l.lineId() + ": the bank gave no booking or value date; dated " + d
          + ", the day of the import");
    }
    return d;
  }

  private static String currency(Statement s) {
    if (s.currency() != null && !s.currency().isBlank()) {
      return s.currency();
    }
    return s.lines().isEmpty() ? null : s.lines().get(0).amount().currency().code();
  }
}
