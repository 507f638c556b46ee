package org.openar.reporting.app;

import java.time.LocalDate;
import org.openar.reporting.ReportingError;
import org.openar.shared.error.OpenArException;

/**
 * The dates reports accept: not after today (a report describes what has happened; the ledger holds no allocation of
 * a later date, so a "future" aging would only be today's state in disguise) and not before 1900.
 */
public final class ReportDates {

  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private ReportDates() {}

  public static LocalDate notFuture(LocalDate date, LocalDate today, String field) {
    if (date.isAfter(today)) {
      throw new OpenArException(ReportingError.REPORTING_DATE_IN_FUTURE, date, today).onField(field);
    }
    if (date.isBefore(EARLIEST)) {
      throw new OpenArException(ReportingError.REPORTING_DATE_OUT_OF_RANGE, date, EARLIEST).onField(field);
    }
    return date;
  }

  /** Checks a period; {@code from} may not be after {@code to}, {@code to} not after today. */
  public static void period(LocalDate from, LocalDate to, LocalDate today) {
    notFuture(to, today, "to");
    notFuture(from, today, "from");
    if (from.isAfter(to)) {
      throw new OpenArException(ReportingError.REPORTING_INVALID_PERIOD, from, to).onField("from");
    }
  }
}
