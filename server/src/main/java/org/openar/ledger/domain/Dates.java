package org.openar.ledger.domain;

import java.time.LocalDate;
import org.openar.ledger.LedgerError;
import org.openar.shared.error.OpenArException;

/** The rules for the effective date of a movement: not in the future, not before what it touches exists. */
final class Dates {

  private Dates() {}

  static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static LocalDate effective(LocalDate date, LocalDate today, LocalDate earliest, String field) {
    if (date.isAfter(today)) {
      throw new OpenArException(LedgerError.LEDGER_DATE_IN_FUTURE, date, today).onField(field);
    }
    if (date.isBefore(earliest)) {
      throw new OpenArException(LedgerError.LEDGER_DATE_TOO_EARLY, date, earliest).onField(field);
    }
    return date;
  }
}
