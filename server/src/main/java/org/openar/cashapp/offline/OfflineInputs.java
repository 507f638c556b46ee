package org.openar.cashapp.offline;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.cashapp.matching.CustomerRecord;
import org.openar.cashapp.matching.FxRates;
import org.openar.cashapp.matching.OpenItems;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * The {@code openar match} contract files: C.csv ({@code customer_id,name,accounts,aliases}, lists separated by '|'),
 * I.csv ({@code invoice_number,customer_id,currency,open_amount,invoice_date,due_date,discount_percent,discount_until}),
 * T.csv ({@code line_id,invoice_number,applied_amount}) and the optional FX rates ({@code from,to,rate}).
 */
public final class OfflineInputs {

  public static final List<String> CUSTOMER_COLUMNS = List.of("customer_id", "name", "accounts", "aliases");
  public static final List<String> ITEM_COLUMNS = List.of("invoice_number", "customer_id", "currency", "open_amount",
      "invoice_date", "due_date", "discount_percent", "discount_until");
  public static final List<String> TRUTH_COLUMNS = List.of("line_id", "invoice_number", "applied_amount");

  static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");

  private OfflineInputs() {}

  public static List<CustomerRecord> customers(Path path) {
    List<CustomerRecord> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    CsvTable.read(path, CUSTOMER_COLUMNS, row -> {
      String id = row.get("customer_id").strip();
      if (id.isEmpty()) {
        throw row.error("customer_id", "the customer id is empty");
      }
      if (!ids.add(id)) {
        throw row.error("customer_id", "the customer id " + id + " occurs twice");
      }
      out.add(new CustomerRecord(id, row.get("name").strip(), list(row.get("accounts")), list(row.get("aliases"))));
    });
    return out;
  }

  /** I.csv as columns; every cell is checked and a bad one fails with its file, line and column. */
  public static OpenItems openItems(Path path, Set<String> customerIds) {
    ItemRows rows = new ItemRows(customerIds);
    CsvTable.read(path, ITEM_COLUMNS, rows::add);
    return rows.build();
  }

  public static Map<String, List<TruthRow>> truth(Path path) {
    Map<String, List<TruthRow>> out = new LinkedHashMap<>();
    CsvTable.read(path, TRUTH_COLUMNS, row -> {
      BigDecimal amount = decimalOrNull(row, "applied_amount");
      if (amount == null) {
        throw row.error("applied_amount", "the applied amount is empty");
      }
      out.computeIfAbsent(row.get("line_id").strip(), k -> new ArrayList<>())
          .add(new TruthRow(row.get("line_id").strip(), row.get("invoice_number").strip(), amount));
    });
    return out;
  }

  /** One true allocation. */
  public record TruthRow(String lineId, String invoiceNumber, BigDecimal applied) {}

  public static FxRates fxRates(Path path) {
    Map<String, BigDecimal> rates = new HashMap<>();
    CsvTable.read(path, List.of("from", "to", "rate"), row -> {
      BigDecimal rate = decimalOrNull(row, "rate");
      if (rate == null || rate.signum() <= 0) {
        throw row.error("rate", "the rate must be a positive decimal");
      }
      rates.put(row.get("from").strip() + "/" + row.get("to").strip(), rate);
    });
    return FxRates.of(rates);
  }

  private static List<String> list(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    int from = 0;
    while (from <= cell.length()) {
      int bar = cell.indexOf('|', from);
      int to = bar < 0 ? cell.length() : bar;
      String part = cell.substring(from, to).strip();
      if (!part.isEmpty()) {
        out.add(part);
      }
      from = to + 1;
    }
    return List.copyOf(out);
  }

  static Money money(CsvTable.Row row, String column, CurrencyCode currency) {
    BigDecimal v = decimalOrNull(row, column);
    if (v == null) {
      throw row.error(column, "the amount is empty");
    }
    if (v.stripTrailingZeros().scale() > currency.minorDigits()) {
      throw row.error(column, "'" + row.get(column) + "' has more decimals than " + currency.code() + " allows");
    }
    return Money.of(v, currency);
  }

  static BigDecimal decimalOrNull(CsvTable.Row row, String column) {
    String s = row.get(column).strip();
    if (s.isEmpty()) {
      return null;
    }
    if (!DECIMAL.matcher(s).matches()) {
      throw row.error(column, "'" + s + "' is not a decimal number (use '.' and no thousands separators)");
    }
    return new BigDecimal(s);
  }

  static LocalDate date(CsvTable.Row row, String column) {
    LocalDate d = dateOrNull(row, column);
    if (d == null) {
      throw row.error(column, "the date is empty");
    }
    return d;
  }

  static LocalDate dateOrNull(CsvTable.Row row, String column) {
    String s = row.get(column).strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw row.error(column, "'" + s + "' is not an ISO date (yyyy-MM-dd)");
    }
  }
}
