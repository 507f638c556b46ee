package org.openar.reporting.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openar.shared.money.Money;

/**
 * CSV in UTF-8 with a byte-order mark (so Excel opens Chinese text correctly), comma-separated, CRLF. Amounts are plain
 * decimals ("-1234.50"), dates ISO. Only the first sheet is written: a CSV file holds one table. Text that a
 * spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe.
 */
public final class CsvTableWriter implements TableWriter {

  private final Writer writer;
  private final CSVPrinter printer;
  private boolean started;
  private boolean inFirstSheet;

  public CsvTableWriter(OutputStream out) throws IOException {
    writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    printer = new CSVPrinter(writer, CSVFormat.RFC4180);
  }

  @Override
  public void sheet(String name, List<String> header) throws IOException {
    inFirstSheet = !started;
    if (!started) {
      started = true;
      printer.printRecord(header.stream().map(CsvTableWriter::text).toList());
    }
  }

  @Override
  public void row(List<?> values) throws IOException {
    if (!inFirstSheet) {
      return;
    }
    List<String> cells = new ArrayList<>(values.size());
    for (Object v : values) {
      cells.add(v == null ? "" : v instanceof Money m ? m.amount().toPlainString()
          : v instanceof String s ? text(s) : v.toString());
    }
    printer.printRecord(cells);
  }

  @Override
  public void finish() throws IOException {
    printer.flush();
    writer.flush();
  }

  @Override
  public void close() throws IOException {
    finish();
  }

  static String text(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }
}
