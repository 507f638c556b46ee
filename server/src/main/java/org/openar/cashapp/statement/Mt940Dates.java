package org.openar.cashapp.statement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** MT940 dates: YYMMDD (years 00-79 are 20xx) and the MMDD entry date, whose year follows the value date. */
final class Mt940Dates {

  private Mt940Dates() {}

  /** Reads YYMMDD; a day past the month's end (a bank's "30 February") becomes the last day, with a warning. */
  static LocalDate date(String source, String yymmdd, List<String> warnings, String where) {
    int yy = Integer.parseInt(yymmdd.substring(0, 2));
    int month = Integer.parseInt(yymmdd.substring(2, 4));
    int day = Integer.parseInt(yymmdd.substring(4, 6));
    int year = yy < 80 ? 2000 + yy : 1900 + yy;
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      if (month < 1 || month > 12 || day < 1 || day > 31) {
        throw new StatementException(source, where, "'" + yymmdd + "' is not a date");
      }
      LocalDate last = YearMonth.of(year, month).atEndOfMonth();
      warnings.add(where + ": the bank wrote the date " + yymmdd + ", which does not exist; read as " + last);
      return last;
    }
  }

  /** The entry (booking) date MMDD next to a value date; across a year end it belongs to the nearer year. */
  static LocalDate entryDate(LocalDate valueDate, String mmdd) {
    if (mmdd == null || mmdd.length() != 4) {
      return valueDate;
    }
    int month = Integer.parseInt(mmdd.substring(0, 2));
    int day = Integer.parseInt(mmdd.substring(2, 4));
    LocalDate best = null;
    for (int y = valueDate.getYear() - 1; y <= valueDate.getYear() + 1; y++) {
      LocalDate candidate;
      try {
        candidate = LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
      } catch (DateTimeException e) {
        return valueDate;
      }
      if (best == null || Math.abs(candidate.toEpochDay() - valueDate.toEpochDay())
          < Math.abs(best.toEpochDay() - valueDate.toEpochDay())) {
        best = candidate;
      }
    }
    return best;
  }
}
