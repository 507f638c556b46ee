package org.openar.cashapp.statement;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV (RFC 4180) with a header row into header-name maps; the UTF-8 check names the line of a bad byte. */
final class CsvRows {

  private CsvRows() {}

  static Statement read(String source, byte[] bytes, ColumnMapping mapping) {
    String text = Decoding.strictUtf8(bytes, source);
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(mapping.delimiter()).setHeader()
        .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false).get();
    TabularStatementParser parser = new TabularStatementParser(source, mapping);
    List<TabularStatementParser.Row> rows = new ArrayList<>();
    try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = csv.getHeaderNames();
      parser.checkHeader(header);
      for (CSVRecord r : csv) {
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        if (r.size() != header.size()) {
          throw new StatementException(source, "line " + (r.getRecordNumber() + 1), "the row has " + r.size()
              + " columns but the header has " + header.size());
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          cells.put(header.get(i), r.get(i));
        }
        rows.add(new TabularStatementParser.Row((int) r.getRecordNumber() + 1, cells));
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new StatementException(source, "CSV", "not valid CSV: " + e.getMessage());
    }
    return parser.parse(StatementFormat.CSV, rows);
  }
}
