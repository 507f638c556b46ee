package org.openar.cashapp.app;

import org.openar.cashapp.CashappError;
import org.openar.cashapp.StatementLineId;
import org.openar.cashapp.domain.LineStatus;
import org.openar.cashapp.persistence.LineRepository;
import org.openar.cashapp.persistence.LineRow;
import org.openar.cashapp.persistence.LockedByOther;
import org.openar.shared.error.OpenArException;
import org.springframework.stereotype.Component;

/**
 * Locks a line for a person's action without waiting (a matching run or another clerk holding it is a 409, not a
 * hang) and checks it is still what the person saw: the version they loaded, and a receipt in the expected state.
 */
@Component
class LockedLines {

  private final LineRepository lines;

  LockedLines(LineRepository lines) {
    this.lines = lines;
  }

  LineRow lock(StatementLineId id, Long expectedVersion) {
    LineRow line;
    try {
      line = lines.lock(id).orElseThrow(() -> new OpenArException(CashappError.CASHAPP_LINE_NOT_FOUND, id));
    } catch (LockedByOther e) {
      throw new OpenArException(CashappError.CASHAPP_LINE_BUSY, id);
    }
    if (expectedVersion != null && expectedVersion != line.version()) {
      throw new OpenArException(CashappError.CASHAPP_STALE_VERSION, expectedVersion, line.version())
          .onField("version");
    }
    return line;
  }

  /** A receipt still waiting in the queue. */
  LineRow lockQueued(StatementLineId id, Long expectedVersion) {
    LineRow line = lock(id, expectedVersion);
    if (line.status() == LineStatus.NOT_RECEIPT || line.status() == LineStatus.DUPLICATE) {
      throw new OpenArException(CashappError.CASHAPP_NOT_A_RECEIPT, line.lineRef(), line.status());
    }
    if (!line.status().queued()) {
      throw new OpenArException(CashappError.CASHAPP_LINE_RESOLVED, line.lineRef(), line.status());
    }
    return line;
  }
}
