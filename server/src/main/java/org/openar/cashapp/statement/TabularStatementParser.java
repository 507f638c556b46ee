package org.openar.cashapp.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * Lines of a CSV or xlsx export, read through a {@link ColumnMapping}. Rows come in as header-name maps from
 * {@link CsvRows} or {@link XlsxRows}; every bad cell fails the import with its row number and column name.
 */
final class TabularStatementParser {

  /** One data row: its number in the file (the header is row 1) and its cells by header name. */
  record Row(int number, Map<String, String> cells) {}

  private final String source;
  private final ColumnMapping mapping;
  private final DateTimeFormatter dates;

  TabularStatementParser(String source, ColumnMapping mapping) {
    this.source = source;
    this.mapping = mapping;
    this.dates = DateTimeFormatter.ofPattern(mapping.datePattern());
  }

  void checkHeader(List<String> header) {
    // in the fixed field order, so that a file missing several columns always names the same one first
    for (String field : ColumnMapping.FIELDS) {
      String column = mapping.columns().get(field);
      if (column != null && !header.contains(column)) {
        throw new StatementException(source, "line 1", "the column '" + column + "' (" + field
            + ") is missing; the header has " + header);
      }
    }
  }

  Statement parse(StatementFormat format, List<Row> rows) {
    StatementDraft d = new StatementDraft(format);
    d.messageType = format.name();
    d.account = mapping.account() == null ? "" : mapping.account();
    d.currency = mapping.defaultCurrency();
    d.statementId = source;
    Set<String> ids = new HashSet<>();
    int ordinal = 0;
    for (Row row : rows) {
      LineDraft l = line(row, ++ordinal);
      if (!ids.add(l.lineId)) {
        throw error(row, "line_id", "the line id '" + l.lineId + "' occurs twice");
      }
      d.lines.add(l);
      d.fromDate = min(d.fromDate, l.bookingDate);
      d.toDate = max(d.toDate, l.bookingDate);
    }
    return d.build();
  }

  private LineDraft line(Row row, int ordinal) {
    LineDraft l = new LineDraft();
    l.ordinal = ordinal;
    String id = cell(row, "line_id");
    l.lineId = id == null || id.isBlank() ? String.valueOf(ordinal) : id.strip();
    l.bookingDate = date(row, "booking_date", true);
    l.valueDate = date(row, "value_date", false);
    l.amount = amount(row);
    l.payerName = cell(row, "payer_name");
    l.payerAccount = cell(row, "payer_account");
    l.addRemittance(cell(row, "remittance"));
    return l;
  }

  private Money amount(Row row) {
    String currency = cell(row, "currency");
    currency = currency == null || currency.isBlank() ? mapping.defaultCurrency() : currency.strip();
    String column = mapping.header("amount") != null ? "amount" : "credit";
    if (currency == null || !CurrencyCode.isKnown(currency)) {
      throw error(row, "currency", "'" + currency + "' is not an ISO 4217 currency code");
    }
    BigDecimal value;
    if (mapping.header("amount") != null) {
      value = decimal(row, "amount", true);
    } else {
      BigDecimal credit = decimal(row, "credit", false);
      BigDecimal debit = decimal(row, "debit", false);
      value = (credit == null ? BigDecimal.ZERO : credit).subtract(debit == null ? BigDecimal.ZERO : debit.abs());
    }
    try {
      return Money.of(value, CurrencyCode.of(currency));
    } catch (RuntimeException e) {
      throw error(row, column, "'" + value.toPlainString() + "' has more decimals than " + currency + " allows");
    }
  }

  private BigDecimal decimal(Row row, String field, boolean required) {
    String raw = cell(row, field);
    if (raw == null || raw.isBlank()) {
      if (required) {
        throw error(row, field, "the amount is empty");
      }
      return null;
    }
    String t = raw.strip().replace(" ", "");
    t = mapping.decimalSeparator() == ',' ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
    if (!t.matches("[-+]?\\d+(\\.\\d+)?")) {
      throw error(row, field, "'" + raw + "' is not a decimal amount");
    }
    return new BigDecimal(t);
  }

  private LocalDate date(Row row, String field, boolean required) {
    String raw = cell(row, field);
    if (raw == null || raw.isBlank()) {
      if (required) {
        throw error(row, field, "the date is empty");
      }
      return null;
    }
    try {
      return LocalDate.parse(raw.strip(), dates);
    } catch (DateTimeParseException e) {
      throw error(row, field, "'" + raw + "' is not a date of the form " + mapping.datePattern());
    }
  }

  private String cell(Row row, String field) {
    String header = mapping.header(field);
    return header == null ? null : row.cells().get(header);
  }

  private StatementException error(Row row, String field, String reason) {
    String header = mapping.header(field) == null ? field : mapping.header(field);
    return new StatementException(source, "line " + row.number() + ", column " + header, reason);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null || b != null && b.isBefore(a) ? b : a;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null || b != null && b.isAfter(a) ? b : a;
  }
}
