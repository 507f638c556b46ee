package org.openar.integration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a file's columns become an import's fields.
 *
 * @param columns file header → field name ({@link ImportTypeSpec#fields()}), or {@code attr.<name>} to keep any other
 *     column as an attribute of the imported document; headers not named here are ignored (and listed as such)
 * @param dateFormat how dates are written (null: {@link DateFormat#AUTO})
 * @param decimalSeparator {@code "."} (default) or {@code ","}; the other characters of {@code , . ' space} are then
 *     thousands separators
 * @param defaultCurrency the currency of rows without one (null: the company's base currency)
 * @param createMissingCustomers invoice and payment rows with an unknown customer code create the customer (named from
 *     the {@code customerName} column, else after its code) instead of being rejected; reported as customers created
 */
public record ColumnMapping(Map<String, String> columns, DateFormat dateFormat, String decimalSeparator,
    String defaultCurrency, Boolean createMissingCustomers) {

  public ColumnMapping {
    columns = columns == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  public static ColumnMapping of(Map<String, String> columns) {
    return new ColumnMapping(columns, null, null, null, null);
  }

  public DateFormat dateFormatOrAuto() {
    return dateFormat == null ? DateFormat.AUTO : dateFormat;
  }

  public char decimalChar() {
    return ",".equals(decimalSeparator) ? ',' : '.';
  }

  public boolean createsCustomers() {
    return Boolean.TRUE.equals(createMissingCustomers);
  }

  public ColumnMapping withColumns(Map<String, String> other) {
    return new ColumnMapping(other, dateFormat, decimalSeparator, defaultCurrency, createMissingCustomers);
  }
}
