package org.openar.integration.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openar.integration.ImportJobId;
import org.openar.integration.Imports;
import org.openar.integration.RejectedRow;
import org.openar.integration.RowProblem;
import org.openar.shared.i18n.Messages;

/**
 * The rejected rows of a job as a file to fix and import again: the original columns as they were, then the row
 * number, the columns at fault and the reasons in the reader's language (the extra columns are ignored when the
 * fixed file is imported with the same mapping). CSV is UTF-8 with a byte-order mark so Excel shows Chinese; xlsx is
 * written streaming, a hundred rows in memory at a time.
 */
final class RejectedRowsFile {

  private final Imports imports;
  private final Messages messages;
  private final Locale locale;

  RejectedRowsFile(Imports imports, Messages messages, Locale locale) {
    this.imports = imports;
    this.messages = messages;
    this.locale = locale;
  }

  void csv(ImportJobId job, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
    List<String> header = header(job);
    csv.printRecord(header);
    imports.eachRejected(job, r -> {
      try {
        csv.printRecord(line(r, header.size() - 3));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    csv.flush();
  }

  void xlsx(ImportJobId job, OutputStream out) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      SXSSFSheet sheet = wb.createSheet(messages.get(locale, "integration.rejected.sheet"));
      List<String> header = header(job);
      write(sheet.createRow(0), header);
      int[] next = {1};
      imports.eachRejected(job, r -> write(sheet.createRow(next[0]++), line(r, header.size() - 3)));
      wb.write(out);
    }
  }

  private List<String> header(ImportJobId job) {
    List<String> h = new ArrayList<>(imports.header(job));
    h.add(messages.get(locale, "integration.rejected.row"));
    h.add(messages.get(locale, "integration.rejected.column"));
    h.add(messages.get(locale, "integration.rejected.reason"));
    return h;
  }

  private List<String> line(RejectedRow r, int width) {
    List<String> cells = new ArrayList<>(r.cells().subList(0, Math.min(width, r.cells().size())));
    while (cells.size() < width) {
      cells.add("");
    }
    LinkedHashSet<String> columns = new LinkedHashSet<>();
    List<String> reasons = new ArrayList<>();
    for (RowProblem p : r.problems()) {
      if (p.column() != null) {
        columns.add(p.column());
      }
      String m = messages.get(locale, "error." + p.code(), p.args().toArray());
      reasons.add(p.column() == null ? m : "[" + p.column() + "] " + m);
    }
    cells.add(String.valueOf(r.rowNumber()));
    cells.add(String.join("; ", columns));
    cells.add(String.join("; ", reasons));
    return cells;
  }

  private static void write(Row row, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      row.createCell(i).setCellValue(values.get(i));
    }
  }
}
