package org.openar.integration.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openar.customers.CompanyView;
import org.openar.integration.ColumnMapping;
import org.openar.integration.DateFormat;
import org.openar.integration.FieldSpec.FieldType;
import org.openar.integration.ImportType;
import org.openar.integration.IntegrationError;
import org.openar.integration.Preview;
import org.openar.integration.domain.ColumnBinding;
import org.openar.integration.domain.DateParser;
import org.openar.integration.domain.Field;
import org.openar.integration.domain.ParsedRow;
import org.openar.integration.domain.RowParser;
import org.openar.integration.domain.Schemas;
import org.openar.integration.domain.ValueException;
import org.openar.shared.error.OpenArException;
import org.springframework.stereotype.Component;

/**
 * A mapping tried on the first rows of a staged file: each row's parsed values and problems, the required fields no
 * column feeds, and the date format the sample's date cells fit (month-first and day-first told apart when some day is
 * above 12).
 */
@Component
class Previews {

  Preview preview(Uploads.Staged file, ImportType type, ColumnMapping mapping, CompanyView company, String encoding,
      String sheet, int rows) {
    char decimal = mapping == null ? '.' : mapping.decimalChar();
    TableSample sample;
    try {
      sample = TableSample.read(file.path(), file.facts(), encoding, sheet, decimal, rows);
    } catch (IOException e) {
      throw new OpenArException(IntegrationError.INTEGRATION_UNREADABLE_FILE, e.getMessage());
    }
    ColumnBinding binding = ColumnBinding.bind(Schemas.of(type), sample.header(), mapping, false);
    ColumnMapping effective = (mapping == null ? ColumnMapping.of(Map.of()) : mapping).withColumns(binding.columns());
    RowParser parser = new RowParser(binding, effective, company.baseCurrency());
    List<Preview.PreviewRow> out = new ArrayList<>();
    for (int i = 0; i < sample.rows().size(); i++) {
      ParsedRow r = parser.parse(sample.numbers().get(i), sample.rows().get(i));
      out.add(new Preview.PreviewRow(r.number(), List.of(r.cells()), r.problems(), values(r, binding)));
    }
    return new Preview(sample.header(), effective, binding.ignoredColumns(), binding.unmappedRequired(),
        suggestDateFormat(binding, sample), out);
  }

  private static Map<String, String> values(ParsedRow r, ColumnBinding binding) {
    Map<String, String> v = new LinkedHashMap<>();
    for (Field f : binding.schema().fields()) {
      Object value = r.value(f);
      if (value != null) {
        v.put(f.name(), value instanceof List<?> l ? String.join("; ", l.stream().map(String::valueOf).toList())
            : value instanceof org.openar.shared.terms.PaymentTerms t ? t.code() : String.valueOf(value));
      }
    }
    r.attributes().forEach((k, val) -> v.put("attr." + k, val));
    return v;
  }

  /** AUTO when every date cell of the sample is unambiguous, else the one of M/D/Y and D/M/Y that reads them all. */
  static DateFormat suggestDateFormat(ColumnBinding binding, TableSample sample) {
    List<String> cells = new ArrayList<>();
    for (Field f : binding.schema().fields()) {
      int c = binding.column(f);
      if (f.type() == FieldType.DATE && c >= 0) {
        sample.rows().stream().filter(r -> c < r.length && !r[c].isBlank()).forEach(r -> cells.add(r[c]));
      }
    }
    if (cells.isEmpty()) {
      return null;
    }
    for (DateFormat f : List.of(DateFormat.AUTO, DateFormat.MDY, DateFormat.DMY)) {
      if (readsAll(f, cells) && (f == DateFormat.AUTO || !readsAll(other(f), cells))) {
        return f;
      }
    }
    return null;
  }

  private static DateFormat other(DateFormat f) {
    return f == DateFormat.MDY ? DateFormat.DMY : DateFormat.MDY;
  }

  private static boolean readsAll(DateFormat f, List<String> cells) {
    DateParser p = new DateParser(f);
    for (String c : cells) {
      try {
        p.parse(c);
      } catch (ValueException e) {
        return false;
      }
    }
    return true;
  }
}
