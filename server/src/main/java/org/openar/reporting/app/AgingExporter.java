package org.openar.reporting.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.openar.ledger.AgingItem;
import org.openar.ledger.AgingQuery;
import org.openar.ledger.LedgerReports;
import org.openar.reporting.AgingItemRow;
import org.openar.reporting.AgingReports.Export;
import org.openar.reporting.AgingRequest;
import org.openar.reporting.AgingRow;
import org.openar.reporting.ExportFormat;
import org.openar.reporting.ReportingError;
import org.openar.shared.error.OpenArException;
import org.openar.shared.i18n.Locales;
import org.openar.shared.i18n.Messages;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Component;

/** Writes aging reports as CSV or Excel: the grouped rows with totals, or every item streamed from the ledger. */
@Component
public class AgingExporter {

  private static final int BATCH = 2_000;

  private final LedgerReports ledger;
  private final Messages messages;
  private final BusinessCalendar calendar;

  public AgingExporter(LedgerReports ledger, Messages messages, BusinessCalendar calendar) {
    this.ledger = ledger;
    this.messages = messages;
    this.calendar = calendar;
  }

  Export groups(AgingRequest r, List<AgingRow> rows, List<AgingRow> totals, ExportFormat format, Locale locale) {
    checkSize(format, rows.size() + totals.size());
    AgingColumns columns = new AgingColumns(r, messages, Locales.normalize(locale));
    return export(format, "aging-" + r.groupBy().code() + "-" + r.asOf(), w -> {
      w.sheet(columns.text("aging.export.sheet"), columns.groupHeader());
      for (AgingRow row : rows) {
        w.row(columns.group(row, false));
      }
      for (AgingRow total : totals) {
        w.row(columns.group(total, true));
      }
      parameters(w, columns, null, null);
    });
  }

  Export items(AgingRequest r, AgingQuery q, Integer bucket, long count,
      BiFunction<AgingRequest, List<AgingItem>, Function<AgingItem, AgingItemRow>> enricher, ExportFormat format,
      Locale locale) {
    checkSize(format, count);
    AgingColumns columns = new AgingColumns(r, messages, Locales.normalize(locale));
    return export(format, "aging-items-" + r.asOf(), w -> {
      w.sheet(columns.text("aging.export.itemSheet"), columns.itemHeader());
      List<AgingItem> batch = new ArrayList<>(BATCH);
      ledger.forEachAgingItem(q, bucket, null, item -> {
        batch.add(item);
        if (batch.size() == BATCH) {
          flush(w, columns, batch, enricher.apply(r, batch));
        }
      });
      flush(w, columns, batch, enricher.apply(r, batch));
      parameters(w, columns, q, bucket);
    });
  }

  private static void flush(TableWriter w, AgingColumns columns, List<AgingItem> batch,
      Function<AgingItem, AgingItemRow> enrich) {
    try {
      for (AgingItem i : batch) {
        w.row(columns.item(enrich.apply(i)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    batch.clear();
  }

  private void parameters(TableWriter w, AgingColumns columns, AgingQuery q, Integer bucket) throws IOException {
    w.sheet(columns.text("aging.export.parameters"), List.of(columns.text("aging.export.parameter"),
        columns.text("aging.export.value")));
    for (List<Object> row : columns.parameters(q, bucket, calendar.today())) {
      w.row(row);
    }
  }

  private static void checkSize(ExportFormat format, long dataRows) {
    if (format == ExportFormat.XLSX && dataRows + 1 > XlsxTableWriter.MAX_ROWS) {
      throw new OpenArException(ReportingError.REPORTING_EXPORT_TOO_LARGE, dataRows, XlsxTableWriter.MAX_ROWS - 1);
    }
  }

  interface Body {
    void write(TableWriter w) throws IOException;
  }

  private static Export export(ExportFormat format, String name, Body body) {
    return new Export() {
      @Override
      public String filename() {
        return name + "." + format.extension();
      }

      @Override
      public ExportFormat format() {
        return format;
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        try (TableWriter w = switch (format) {
          case CSV -> new CsvTableWriter(out);
          case XLSX -> new XlsxTableWriter(out);
          case TEXT -> new TextTableWriter(out);
        }) {
          body.write(w);
          w.finish();
        }
      }
    };
  }
}
