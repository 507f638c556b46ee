package org.openar.cashapp.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openar.cashapp.CashappError;
import org.openar.cashapp.StatementId;
import org.openar.cashapp.domain.MatchRecord;
import org.openar.cashapp.domain.PostingPlan;
import org.openar.cashapp.domain.Suggestion.Explanation;
import org.openar.cashapp.matching.LineMatch;
import org.openar.cashapp.matching.MatchStatus;
import org.openar.cashapp.matching.Receipt;
import org.openar.cashapp.persistence.LineRepository;
import org.openar.cashapp.persistence.LineRow;
import org.openar.cashapp.persistence.BankStatementRepository;
import org.openar.ledger.ItemId;
import org.openar.shared.error.OpenArException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Matches a statement's queued receipts against the database and posts the confident ones. Lines are posted in
 * statement order; an AUTO line whose items an earlier line of this run already paid is matched again against a fresh
 * book once the first pass is done (it may still fit something else), and anything the second pass cannot settle
 * waits in the queue. Each posting is its own transaction, so runs on the same statement may overlap safely.
 */
@Service
public class MatchRunner {

  private static final Logger log = LoggerFactory.getLogger(MatchRunner.class);

  private final BankStatementRepository statements;
  private final LineRepository lines;
  private final EngineBookLoader loader;
  private final AutoPoster poster;
  private final QueueWriter queue;
  private final CashappProperties properties;

  public MatchRunner(BankStatementRepository statements, LineRepository lines, EngineBookLoader loader,
      AutoPoster poster, QueueWriter queue, CashappProperties properties) {
    this.statements = statements;
    this.lines = lines;
    this.loader = loader;
    this.poster = poster;
    this.queue = queue;
    this.properties = properties;
  }

  public MatchSummary run(StatementId id) {
    statements.find(id).orElseThrow(() -> new OpenArException(CashappError.CASHAPP_STATEMENT_NOT_FOUND, id));
    long start = System.nanoTime();
    List<LineRow> waiting = lines.queued(id);
    if (waiting.isEmpty()) {
      return MatchSummary.NONE;
    }
    Counter c = new Counter();
    Set<ItemId> touched = new HashSet<>();
    List<LineRow> deferred = pass(waiting, touched, c, true);
    if (!deferred.isEmpty()) {
      pass(deferred, touched, c, false);
    }
    MatchSummary s = new MatchSummary(waiting.size(), c.posted, c.suggested, c.unmatched, c.notPosted, c.skipped,
        (System.nanoTime() - start) / 1_000_000);
    log.info("statement {}: {} receipts matched, {} posted automatically, {} queued, {} skipped in {} ms", id,
        s.lines(), s.autoPosted(), s.queued(), s.skipped(), s.millis());
    return s;
  }

  /** One pass; returns the AUTO lines deferred because an earlier line took their items (first pass only). */
  private List<LineRow> pass(List<LineRow> batch, Set<ItemId> touched, Counter c, boolean first) {
    EngineBook book = loader.load(batch.get(0).companyId());
    List<LineMatch> matches = book.match(batch.stream().map(MatchRunner::receipt).toList());
    List<LineRow> deferred = new ArrayList<>();
    List<QueueWriter.Entry> queued = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      LineRow line = batch.get(i);
      LineMatch m = matches.get(i);
      MatchRecord record = SuggestionMapper.record(m, book);
      if (m.status() != MatchStatus.AUTO) {
        queued.add(new QueueWriter.Entry(line, record));
        continue;
      }
      PostingPlan plan = SuggestionMapper.plan(record.best(), line.amount());
      Explanation hold = hold(line, record, plan);
      if (hold != null) {
        queued.add(new QueueWriter.Entry(line, record.withNote(hold)));
      } else if (plan.applies().stream().anyMatch(a -> touched.contains(a.itemId()))) {
        if (first) {
          deferred.add(line);
        } else {
          queued.add(new QueueWriter.Entry(line, record.withNote(note("CONFLICT"))));
        }
      } else {
        post(line, record, plan, book, touched, queued, c);
      }
    }
    c.count(queue.save(queued));
    return deferred;
  }

  private void post(LineRow line, MatchRecord record, PostingPlan plan, EngineBook book, Set<ItemId> touched,
      List<QueueWriter.Entry> queued, Counter c) {
    AutoPoster.Outcome o = poster.post(line.id(), record, plan, book::customerName);
    switch (o.result()) {
      case POSTED -> {
        c.posted++;
        plan.applies().forEach(a -> touched.add(a.itemId()));
      }
      case SKIPPED -> c.skipped++;
      case BUSY -> {
        c.notPosted++;
        queued.add(new QueueWriter.Entry(line, record.withNote(note("LEDGER_BUSY"))));
      }
      case REFUSED -> {
        c.notPosted++;
        queued.add(new QueueWriter.Entry(line, record.withNote(refusal(o.refusal()))));
      }
    }
  }

  /** Why an AUTO match is not posted automatically after all, or null. */
  private Explanation hold(LineRow line, MatchRecord record, PostingPlan plan) {
    if (plan == null) {
      return note(record.best() == null ? "NO_SUGGESTION" : record.best().blocker());
    }
    if (!line.booked()) {
      return note("NOT_BOOKED");
    }
    if (!properties.matching().autoPosting()) {
      return note("AUTO_POST_OFF");
    }
    return null;
  }

  static Explanation note(String code) {
    return new Explanation("note." + code, List.of(), 0);
  }

  static Explanation refusal(OpenArException e) {
    return new Explanation(e.errorCode().messageKey(), e.args().stream().map(String::valueOf).toList(), 0);
  }

  static Receipt receipt(LineRow l) {
    return new Receipt(l.id().toString(), l.valueDate(), l.amount(), l.payerName(), l.payerAccount(), l.remittance(),
        l.structuredRefs(), l.endToEndId());
  }

  private static final class Counter {
    int posted;
    int suggested;
    int unmatched;
    int notPosted;
    int skipped;

    void count(QueueWriter.Counts q) {
      suggested += q.suggested();
      unmatched += q.unmatched();
      skipped += q.skipped();
    }
  }
}
