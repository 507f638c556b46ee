package org.openar.integration.domain;

import java.util.List;
import java.util.Locale;
import org.openar.integration.ColumnMapping;
import org.openar.integration.IntegrationError;
import org.openar.integration.RowProblem;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

/**
 * Turns a row's cells into typed values through a {@link ColumnBinding}, reporting every bad cell of the row (not only
 * the first) with its column. Amounts are read after the other cells because their currency may come from a currency
 * column, from the cell itself ({@code USD 12.00}), from the mapping's default or from the company.
 */
public final class RowParser {

  private final ColumnBinding binding;
  private final List<Field> fields;
  private final DateParser dates;
  private final char decimal;
  private final CurrencyCode defaultCurrency;

  public RowParser(ColumnBinding binding, ColumnMapping mapping, CurrencyCode companyCurrency) {
    this.binding = binding;
    this.fields = binding.schema().fields().stream().filter(binding::mapped).toList();
    this.dates = new DateParser(mapping == null ? org.openar.integration.DateFormat.AUTO : mapping.dateFormatOrAuto());
    this.decimal = mapping == null ? '.' : mapping.decimalChar();
    this.defaultCurrency = mapping == null || mapping.defaultCurrency() == null ? companyCurrency
        : CurrencyCode.of(mapping.defaultCurrency().strip().toUpperCase(Locale.ROOT));
  }

  public ColumnBinding binding() {
    return binding;
  }

  public ParsedRow parse(long number, String[] cells) {
    ParsedRow row = new ParsedRow(number, cells, binding.schema().fields().size());
    if (cells.length > binding.header().size() && hasExtraValues(cells)) {
      row.reject(new RowProblem(null, null, IntegrationError.INTEGRATION_EXTRA_CELLS.code(),
          List.of(String.valueOf(cells.length), String.valueOf(binding.header().size()))));
    }
    for (Field f : fields) {
      if (f.type() != org.openar.integration.FieldSpec.FieldType.AMOUNT) {
        read(row, f, cell(cells, f));
      }
    }
    for (Field f : fields) {
      if (f.type() == org.openar.integration.FieldSpec.FieldType.AMOUNT) {
        read(row, f, cell(cells, f));
      }
    }
    checkGroups(row);
    binding.attributeColumns().forEach((name, col) -> {
      String v = col < cells.length ? cells[col].strip() : "";
      if (!v.isEmpty()) {
        row.attribute(name, v.length() > 500 ? v.substring(0, 500) : v);
      }
    });
    return row;
  }

  private String cell(String[] cells, Field f) {
    int c = binding.column(f);
    return c < cells.length && cells[c] != null ? cells[c] : "";
  }

  private void read(ParsedRow row, Field f, String cell) {
    if (cell.isBlank()) {
      if (f.required()) {
        row.reject(problem(f, IntegrationError.INTEGRATION_VALUE_REQUIRED.code(), List.of(f.name())));
      }
      return;
    }
    try {
      row.set(f, value(row, f, cell));
    } catch (ValueException e) {
      row.reject(problem(f, e.code().code(), e.args()));
    }
  }

  private Object value(ParsedRow row, Field f, String cell) {
    return switch (f.type()) {
      case TEXT, EMAIL -> Values.text(cell, f.maxLength(), f.type() == org.openar.integration.FieldSpec.FieldType.TEXT);
      case CODE -> Values.text(cell, f.maxLength(), false);
      case DATE -> dates.parse(cell);
      case INTEGER -> Values.integer(cell);
      case BOOLEAN -> Values.bool(cell);
      case CHOICE -> Values.choice(cell, f.values());
      case LIST -> Values.list(Values.text(cell, f.maxLength(), true));
      case TERMS -> terms(cell);
      case CURRENCY -> currency(cell);
      case AMOUNT -> money(row, f, cell);
    };
  }

  private Money money(ParsedRow row, Field f, String cell) {
    AmountParser.Parsed p = AmountParser.parse(cell, decimal);
    CurrencyCode column = f.currencyField() == null || !binding.schema().has(f.currencyField()) ? null
        : row.currency(binding.schema().field(f.currencyField()));
    CurrencyCode written = p.currency() == null ? null : currency(p.currency());
    if (column != null && written != null && !column.equals(written)) {
      throw ValueException.of(IntegrationError.INTEGRATION_CURRENCY_CONFLICT, cell, column.code());
    }
    CurrencyCode c = column != null ? column : written != null ? written : defaultCurrency;
    try {
      return Money.ofMinor(p.toMinor(c.minorDigits(), cell, c.code()), c);
    } catch (ArithmeticException e) {
      throw ValueException.of(IntegrationError.INTEGRATION_INVALID_AMOUNT, cell);
    }
  }

  private static CurrencyCode currency(String cell) {
    try {
      return CurrencyCode.of(cell.strip().toUpperCase(Locale.ROOT));
    } catch (OpenArException e) {
      throw ValueException.of(IntegrationError.INTEGRATION_INVALID_CURRENCY, cell);
    }
  }

  private static PaymentTerms terms(String cell) {
    try {
      return PaymentTerms.parse(cell.strip());
    } catch (IllegalArgumentException e) {
      throw ValueException.of(IntegrationError.INTEGRATION_INVALID_TERMS, cell);
    }
  }

  /** A group ("a Chinese or an English name") needs one of its fields filled. */
  private void checkGroups(ParsedRow row) {
    String seen = null;
    for (Field f : fields) {
      if (f.oneOfGroup() == null || f.oneOfGroup().equals(seen)) {
        continue;
      }
      seen = f.oneOfGroup();
      String group = seen;
      List<Field> members = fields.stream().filter(m -> group.equals(m.oneOfGroup())).toList();
      if (members.stream().allMatch(m -> row.value(m) == null) && row.problems().stream()
          .noneMatch(p -> members.stream().anyMatch(m -> m.name().equals(p.field())))) {
        row.reject(problem(members.get(0), IntegrationError.INTEGRATION_VALUE_REQUIRED.code(),
            List.of(String.join(" | ", members.stream().map(Field::name).toList()))));
      }
    }
  }

  public RowProblem problem(Field f, String code, List<String> args) {
    return new RowProblem(binding.headerOf(f.name()), f.name(), code, args);
  }

  private boolean hasExtraValues(String[] cells) {
    for (int i = binding.header().size(); i < cells.length; i++) {
      if (cells[i] != null && !cells[i].isBlank()) {
        return true;
      }
    }
    return false;
  }
}
