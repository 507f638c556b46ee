package org.openar.cashapp.web;

import java.math.BigDecimal;
import org.openar.cashapp.CashappError;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** Amount filters of the line list: decimal amounts become minor units of the required currency. */
final class LineFilters {

  record Amounts(String currency, Long min, Long max) {}

  private LineFilters() {}

  static Amounts amounts(String currency, BigDecimal min, BigDecimal max) {
    CurrencyCode ccy = null;
    if (currency != null && !currency.isBlank()) {
      try {
        ccy = CurrencyCode.of(currency.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (OpenArException e) {
        throw e.onField("currency");
      }
    }
    if ((min != null || max != null) && ccy == null) {
      throw new OpenArException(CashappError.CASHAPP_AMOUNT_FILTER_NEEDS_CURRENCY).onField("currency");
    }
    return new Amounts(ccy == null ? null : ccy.code(), minor(min, ccy, "minAmount"), minor(max, ccy, "maxAmount"));
  }

  private static Long minor(BigDecimal amount, CurrencyCode ccy, String field) {
    if (amount == null) {
      return null;
    }
    try {
      return Money.of(amount, ccy).minor();
    } catch (OpenArException e) {
      throw e.onField(field);
    } catch (ArithmeticException e) {
      throw new OpenArException(org.openar.shared.error.SharedError.INVALID_AMOUNT, amount.toPlainString())
          .onField(field);
    }
  }
}
