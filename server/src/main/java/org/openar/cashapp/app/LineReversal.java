package org.openar.cashapp.app;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.cashapp.CashappError;
import org.openar.cashapp.StatementLineId;
import org.openar.cashapp.domain.LineStatus;
import org.openar.cashapp.domain.MatchRecord;
import org.openar.cashapp.domain.Suggestion;
import org.openar.cashapp.persistence.LineRepository;
import org.openar.cashapp.persistence.LineRow;
import org.openar.cashapp.persistence.PostingRepository;
import org.openar.cashapp.persistence.PostingRow;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.Ledger;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.error.OpenArException;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Undoes what was done with a line, in one transaction: a posting is reversed in the ledger (its bank-fee write-offs,
 * then its receipts, whose reversal undoes their allocations and the discounts they earned, so the items re-open),
 * a NON_AR decision is simply withdrawn; either way the line returns to the exception queue with the engine's last
 * suggestions. Learned aliases stay: the payer really is that customer's unless a person removes the alias.
 */
@Service
@Transactional
public class LineReversal {

  private final LockedLines locked;
  private final LineRepository lines;
  private final PostingRepository postings;
  private final Ledger ledger;
  private final LedgerQueries queries;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;

  public LineReversal(LockedLines locked, LineRepository lines, PostingRepository postings, Ledger ledger,
      LedgerQueries queries, AuditTrail audit, JsonMapper json, Clock clock) {
    this.locked = locked;
    this.lines = lines;
    this.postings = postings;
    this.ledger = ledger;
    this.queries = queries;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  public void undo(StatementLineId id, String reason, Long expectedVersion) {
    LineRow line = locked.lock(id, expectedVersion);
    if (!line.status().resolved()) {
      throw new OpenArException(CashappError.CASHAPP_LINE_NOT_RESOLVED, line.lineRef());
    }
    String why = QueueActions.reason(reason);
    PostingRow posting = postings.active(id).orElse(null);
    if (posting != null) {
      posting.writeOffIds().forEach(w -> reverse(w, why));
      posting.receiptIds().forEach(r -> reverse(r, why));
      postings.markReversed(posting.id(), clock.instant().truncatedTo(ChronoUnit.MICROS),
          CurrentActor.get().username(), why);
    }
    MatchRecord record = line.matchJson() == null ? null : json.readValue(line.matchJson(), MatchRecord.class);
    Suggestion best = record == null ? null : record.best();
    LineStatus back = record == null ? LineStatus.NEW : QueueWriter.status(record);
    lines.reopen(id, back, best == null ? null : best.customerId(), best == null ? null : best.customerName(), null);
    audit.record("cashapp.line", id.toString(), "undone", line.status(), why);
  }

  /** Reverses a ledger item unless something else already did (a write-off reversed with its debit, say). */
  private void reverse(UUID item, String reason) {
    ItemId itemId = new ItemId(item);
    if (queries.find(itemId).map(v -> v.status() != ItemStatus.REVERSED).orElse(false)) {
      ledger.reverse(new Ledger.Reverse(itemId, reason, null));
    }
  }
}
