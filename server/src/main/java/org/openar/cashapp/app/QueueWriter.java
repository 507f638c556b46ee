package org.openar.cashapp.app;

import java.time.Clock;
import java.util.List;
import org.openar.cashapp.domain.LineStatus;
import org.openar.cashapp.domain.MatchRecord;
import org.openar.cashapp.domain.Suggestion;
import org.openar.cashapp.persistence.LineRepository;
import org.openar.cashapp.persistence.LineRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Stores what the engine said about lines that stay in the exception queue, in one transaction per batch. */
@Component
public class QueueWriter {

  public record Entry(LineRow line, MatchRecord record) {}

  public record Counts(int suggested, int unmatched, int skipped) {}

  private final LineRepository lines;
  private final JsonMapper json;
  private final Clock clock;

  QueueWriter(LineRepository lines, JsonMapper json, Clock clock) {
    this.lines = lines;
    this.json = json;
    this.clock = clock;
  }

  /** Lines that left the queue meanwhile (another run or a clerk resolved them) are left alone and counted skipped. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Counts save(List<Entry> entries) {
    int suggested = 0;
    int unmatched = 0;
    int skipped = 0;
    for (Entry e : entries) {
      LineStatus status = status(e.record());
      Suggestion best = e.record().best();
      boolean saved = lines.saveMatch(e.line().id(), status, e.record().engineStatus(), e.record().confidence(),
          best == null ? null : best.customerId(), best == null ? null : best.customerName(),
          json.writeValueAsString(e.record()), null, clock.instant());
      if (!saved) {
        skipped++;
      } else if (status == LineStatus.SUGGESTED) {
        suggested++;
      } else {
        unmatched++;
      }
    }
    return new Counts(suggested, unmatched, skipped);
  }

  /** UNMATCHED when the engine found nothing worth proposing, else SUGGESTED. */
  static LineStatus status(MatchRecord r) {
    return r.best() == null || "UNMATCHED".equals(r.engineStatus()) ? LineStatus.UNMATCHED : LineStatus.SUGGESTED;
  }
}
