package org.openar.cashapp.statement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** BAI2 numbers: amounts in minor units with an optional sign, and YYMMDD dates. */
final class Bai2Amounts {

  private Bai2Amounts() {}

  static long parseLong(String source, Bai2Record r, int field) {
    String v = r.field(field);
    if (v.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
    } catch (NumberFormatException e) {
      throw new StatementException(source, "line " + r.line() + ", record " + r.type() + ", field " + (field + 2),
          "'" + v + "' is not a whole number");
    }
  }

  static Money money(long minor, String currency, String source, Bai2Record r) {
    if (!CurrencyCode.isKnown(currency)) {
      throw new StatementException(source, "line " + r.line() + ", record " + r.type(), "'" + currency
          + "' is not an ISO 4217 currency");
    }
    return Money.ofMinor(minor, CurrencyCode.of(currency));
  }

  static LocalDate date(String source, Bai2Record r, String yymmdd) {
    if (yymmdd == null || yymmdd.isEmpty()) {
      return null;
    }
    try {
      if (!yymmdd.matches("\\d{6}")) {
        throw new DateTimeParseException("not YYMMDD", yymmdd, 0);
      }
      int yy = Integer.parseInt(yymmdd.substring(0, 2));
      return LocalDate.of(yy < 80 ? 2000 + yy : 1900 + yy, Integer.parseInt(yymmdd.substring(2, 4)),
          Integer.parseInt(yymmdd.substring(4, 6)));
    } catch (RuntimeException e) {
      throw new StatementException(source, "line " + r.line() + ", record " + r.type(), "'" + yymmdd
          + "' is not a date (YYMMDD)");
    }
  }

  /** Credit or debit by BAI type code: 100-399 and 900-959 are credits, 400-699 and 960-999 debits. */
  static int sign(int typeCode) {
    if (typeCode >= 100 && typeCode <= 399 || typeCode >= 900 && typeCode <= 959) {
      return 1;
    }
    if (typeCode >= 400 && typeCode <= 699 || typeCode >= 960 && typeCode <= 999) {
      return -1;
    }
    return 0;
  }
}
