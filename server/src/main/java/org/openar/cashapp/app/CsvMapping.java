package org.openar.cashapp.app;

import java.util.Map;
import org.openar.cashapp.CashappError;
import org.openar.cashapp.statement.ColumnMapping;
import org.openar.shared.error.OpenArException;

/**
 * A saved CSV/xlsx column mapping as the API and the database hold it: field ({@code amount}, {@code payer_name},
 * ...) to the bank's header name, the date pattern, one-character decimal separator and delimiter, and the currency of
 * files without a currency column.
 */
public record CsvMapping(Map<String, String> columns, String datePattern, String decimalSeparator, String delimiter,
    String defaultCurrency) {

  /** The parser's mapping for statements of {@code account}; a mapping that makes no sense is CASHAPP_INVALID_MAPPING. */
  public ColumnMapping toColumnMapping(String account) {
    return toColumnMapping(account, null);
  }

  /** {@code fallbackCurrency}: the account's currency, for files without a currency column or default. */
  public ColumnMapping toColumnMapping(String account, String fallbackCurrency) {
    try {
      return new ColumnMapping(columns == null ? Map.of() : columns,
          datePattern == null || datePattern.isBlank() ? "yyyy-MM-dd" : datePattern,
          single(decimalSeparator, '.', "decimalSeparator"), single(delimiter, ',', "delimiter"), account,
          defaultCurrency == null || defaultCurrency.isBlank() ? fallbackCurrency : defaultCurrency.trim());
    } catch (IllegalArgumentException e) {
      throw new OpenArException(CashappError.CASHAPP_INVALID_MAPPING, e.getMessage()).onField("mapping");
    }
  }

  private static char single(String s, char dflt, String field) {
    if (s == null || s.isEmpty()) {
      return dflt;
    }
    if (s.length() != 1) {
      throw new IllegalArgumentException(field + " must be one character, not '" + s + "'");
    }
    return s.charAt(0);
  }
}
