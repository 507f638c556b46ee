package org.openar.invoicing.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openar.invoicing.InvoicingError;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** Checks of list filters shared by invoices and credit notes. */
final class SearchFilters {

  static final int MAX_TEXT = 200;

  private SearchFilters() {}

  /** An amount bound in the filter's currency; bounds need the currency and may not have more decimals than it. */
  static Money amount(String field, BigDecimal value, CurrencyCode currency) {
    if (value == null) {
      return null;
    }
    if (currency == null) {
      throw new OpenArException(InvoicingError.INVOICING_AMOUNT_FILTER_NEEDS_CURRENCY, field).onField(field);
    }
    try {
      return new Money(value, currency);
    } catch (OpenArException e) {
      throw e.onField(field);
    }
  }

  static void range(String fromField, Comparable<?> from, Object to) {
    @SuppressWarnings("unchecked")
    Comparable<Object> f = (Comparable<Object>) from;
    if (from != null && to != null && f.compareTo(to) > 0) {
      throw new OpenArException(InvoicingError.INVOICING_INVALID_RANGE, from, to).onField(fromField);
    }
  }

  static void notNegative(String field, Integer value) {
    if (value != null && value < 0) {
      throw new OpenArException(SharedError.INVALID_VALUE, field, value).onField(field);
    }
  }

  static void text(String field, String text) {
    if (text != null && text.length() > MAX_TEXT) {
      throw new OpenArException(InvoicingError.INVOICING_TEXT_TOO_LONG, MAX_TEXT).onField(field);
    }
  }

  static void dates(String fromField, LocalDate from, LocalDate to) {
    range(fromField, from, to);
  }

  static void ids(List<?> ids, int limit) {
    if (ids.size() > limit) {
      throw new OpenArException(InvoicingError.INVOICING_TOO_MANY_IDS, ids.size(), limit).onField("ids");
    }
  }
}
