package org.openar.cashapp.offline;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.openar.cashapp.matching.OpenItems;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;

/**
 * Rows of I.csv into {@link OpenItems} columns, checked cell by cell in column order with errors naming the cell.
 * Amounts and dates take the fast byte path of {@link Cells} when they are plainly written and the general path
 * (which also words the errors) otherwise.
 */
final class ItemRows {

  private final IdTable customerIds;
  private final OpenItems.Builder items;
  private final Map<String, CurrencyCode> currencies = new HashMap<>();
  private final Map<String, BigDecimal> percents = new HashMap<>();
  private int[] col;

  private byte[] lastCode = new byte[0];
  private CurrencyCode lastCurrency;

  ItemRows(Set<String> customerIds) {
    this.customerIds = new IdTable(customerIds);
    this.items = OpenItems.builder(1 << 16, this.customerIds.ids());
  }

  OpenItems build() {
    return items.build();
  }

  void add(CsvTable.Row row) {
    if (col == null) {
      col = OfflineInputs.ITEM_COLUMNS.stream().mapToInt(row::column).toArray();
    }
    Cells cells = row.cells;
    String number = cells.string(col[0]).strip();
    if (number.isEmpty()) {
      throw row.error("invoice_number", "the invoice number is empty");
    }
    int customer = cells.find(customerIds, col[1]);
    if (customer < 0) {
      String id = cells.string(col[1]).strip();
      customer = customerIds.find(id);
      if (customer < 0) {
        throw row.error("customer_id", "no customer " + id + " in the customers file");
      }
    }
    CurrencyCode ccy = cells.is(col[2], lastCode) ? lastCurrency : currency(row, cells.string(col[2]).strip());
    long open = cells.minor(col[3], ccy.minorDigits());
    if (open == Cells.NOT_FAST) {
      open = OfflineInputs.money(row, "open_amount", ccy).minor();
    }
    BigDecimal pct = cells.isEmpty(col[6]) ? null : percent(row);
    int until = cells.isEmpty(col[7]) ? OpenItems.NO_DISCOUNT : day(row, 7, "discount_until", false);
    if ((pct == null) != (until == OpenItems.NO_DISCOUNT)) {
      throw row.error(pct == null ? "discount_percent" : "discount_until",
          "discount_percent and discount_until are both given or both empty");
    }
    if (pct != null && (pct.signum() < 0 || pct.compareTo(OfflineInputs.HUNDRED) >= 0)) {
      throw row.error("discount_percent", "'" + pct.toPlainString() + "' is not a percentage below 100");
    }
    day(row, 4, "invoice_date", true);
    items.add(number, customer, ccy, open, day(row, 5, "due_date", true), pct, until);
  }

  private CurrencyCode currency(CsvTable.Row row, String code) {
    CurrencyCode known = currencies.get(code);
    if (known != null) {
      lastCode = code.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      lastCurrency = known;
      return known;
    }
    try {
      CurrencyCode c = CurrencyCode.of(code);
      currencies.put(code, c);
      lastCode = code.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      lastCurrency = c;
      return c;
    } catch (OpenArException e) {
      throw row.error("currency", "'" + code + "' is not an ISO 4217 currency code");
    }
  }

  private BigDecimal percent(CsvTable.Row row) {
    String raw = row.cells.string(col[6]);
    BigDecimal p = percents.get(raw);
    if (p == null) {
      p = OfflineInputs.decimalOrNull(row, "discount_percent");
      if (p != null) {
        percents.put(raw, p);
      }
    }
    return p;
  }

  /** A date cell as an epoch day; empty gives {@link OpenItems#NO_DISCOUNT} unless the date is required. */
  private int day(CsvTable.Row row, int k, String column, boolean required) {
    int d = row.cells.isoDay(col[k]);
    if (d != Cells.NOT_FAST_DAY) {
      return d;
    }
    java.time.LocalDate date = required ? OfflineInputs.date(row, column) : OfflineInputs.dateOrNull(row, column);
    return date == null ? OpenItems.NO_DISCOUNT : (int) date.toEpochDay();
  }
}
