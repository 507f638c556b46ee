package org.openar.cashapp.statement;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * How a CSV or xlsx bank export maps onto statement lines: the header name of each field, the date pattern, the
 * decimal separator, and either one signed amount column or separate credit and debit columns. Saved per bank account
 * by the import screen; {@link #CONTRACT} is the {@code openar match} contract
 * ({@code line_id,booking_date,value_date,amount,currency,payer_name,payer_account,remittance}).
 *
 * @param columns field name (one of {@link #FIELDS}) to header name; {@code amount} or {@code credit}/{@code debit}
 * @param account the bank account the file is for (CSV exports rarely say), may be null
 * @param defaultCurrency used when there is no currency column, may be null
 */
public record ColumnMapping(
    Map<String, String> columns, String datePattern, char decimalSeparator, char delimiter, String account,
    String defaultCurrency) {

  public static final java.util.List<String> FIELDS = java.util.List.of("line_id", "booking_date", "value_date",
      "amount", "credit", "debit", "currency", "payer_name", "payer_account", "remittance");

  public static final ColumnMapping CONTRACT = new ColumnMapping(Map.of(
      "line_id", "line_id", "booking_date", "booking_date", "value_date", "value_date", "amount", "amount",
      "currency", "currency", "payer_name", "payer_name", "payer_account", "payer_account", "remittance", "remittance"),
      "yyyy-MM-dd", '.', ',', null, null);

  public ColumnMapping {
    columns = Map.copyOf(columns);
    Objects.requireNonNull(datePattern, "datePattern");
    for (String field : columns.keySet()) {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException("unknown field '" + field + "' in the column mapping; known: " + FIELDS);
      }
    }
    if (!columns.containsKey("amount") && !(columns.containsKey("credit") && columns.containsKey("debit"))) {
      throw new IllegalArgumentException("the column mapping needs an amount column, or credit and debit columns");
    }
    DateTimeFormatter.ofPattern(datePattern); // fails early on a bad pattern
  }

  public ColumnMapping forAccount(String bankAccount, String currency) {
    return new ColumnMapping(columns, datePattern, decimalSeparator, delimiter, bankAccount, currency);
  }

  String header(String field) {
    return columns.get(field);
  }
}
