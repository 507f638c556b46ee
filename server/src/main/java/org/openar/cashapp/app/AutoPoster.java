package org.openar.cashapp.app;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.openar.cashapp.domain.LineStatus;
import org.openar.cashapp.domain.MatchRecord;
import org.openar.cashapp.domain.PostingPlan;
import org.openar.cashapp.domain.Resolution;
import org.openar.cashapp.persistence.LineRepository;
import org.openar.cashapp.persistence.LineRow;
import org.openar.cashapp.StatementLineId;
import org.openar.ledger.LedgerError;
import org.openar.shared.error.OpenArException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts one AUTO line in its own transaction, retrying with backoff while a ledger item it touches is busy in another
 * transaction (LEDGER_ITEM_BUSY: PostgreSQL has aborted the attempt, so each try is a fresh transaction). A line
 * another run holds or already posted is skipped, so concurrent runs post each line once.
 */
@Component
class AutoPoster {

  private static final Logger log = LoggerFactory.getLogger(AutoPoster.class);

  enum Result { POSTED, SKIPPED, BUSY, REFUSED }

  /** What happened; {@code refusal} is set for REFUSED (the ledger's or the plan's error). */
  record Outcome(Result result, OpenArException refusal) {}

  private final LineRepository lines;
  private final LinePoster poster;
  private final TransactionTemplate tx;
  private final CashappProperties.Posting settings;
  private final JsonMapper json;
  private final java.time.Clock clock;

  AutoPoster(LineRepository lines, LinePoster poster, PlatformTransactionManager txm, CashappProperties properties,
      JsonMapper json, java.time.Clock clock) {
    this.lines = lines;
    this.poster = poster;
    this.tx = new TransactionTemplate(txm);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.settings = properties.posting();
    this.json = json;
    this.clock = clock;
  }

  Outcome post(StatementLineId id, MatchRecord record, PostingPlan plan, Function<UUID, String> names) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.execute(s -> once(id, record, plan, names));
      } catch (OpenArException e) {
        if (e.errorCode() != LedgerError.LEDGER_ITEM_BUSY) {
          return new Outcome(Result.REFUSED, e);
        }
        if (attempt >= settings.maxAttempts()) {
          log.info("line {}: ledger items still busy after {} attempts; it stays in the queue", id, attempt);
          return new Outcome(Result.BUSY, e);
        }
        pause(attempt);
      } catch (DuplicateKeyException e) {
        return new Outcome(Result.SKIPPED, null); // another run posted it between our check and insert
      }
    }
  }

  private Outcome once(StatementLineId id, MatchRecord record, PostingPlan plan, Function<UUID, String> names) {
    LineRow line = lines.claim(id).orElse(null);
    if (line == null || !line.status().queued()) {
      return new Outcome(Result.SKIPPED, null);
    }
    lines.saveMatch(id, LineStatus.SUGGESTED, record.engineStatus(), record.confidence(),
        record.best().customerId(), record.best().customerName(), json.writeValueAsString(record), null,
        clock.instant());
    poster.post(line, plan, Resolution.AUTO, names);
    return new Outcome(Result.POSTED, null);
  }

  private void pause(int attempt) {
    long base = settings.initialBackoff().toMillis() << Math.min(attempt - 1, 10);
    long millis = Math.min(base, settings.maxBackoff().toMillis());
    try {
      Thread.sleep(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for busy ledger items", e);
    }
  }
}
