package org.openar.cashapp.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an RFC 4180 UTF-8 CSV with a required header, row by row, with errors that name file, line and column.
 *
 * <p>It works on the file's bytes: in UTF-8 the structural characters (comma, quote, line breaks) are single bytes
 * that never occur inside a multi-byte character, so fields are found without decoding the file, and a reader of a
 * million-row I.csv turns only the cells it keeps into strings and parses amounts and dates from the bytes
 * ({@link Cells}). Quoting follows RFC 4180 as Commons CSV reads it: {@code ""} inside a quoted field is a quote,
 * quoted fields may span lines, whitespace after a closing quote is ignored, an empty line is a row with one empty
 * field. Lines are counted as rows: the header is line 1.
 */
final class CsvTable {

  /** The current data row; the same instance is reused for every row of a file, so read it inside the callback. */
  static final class Row {
    private final String file;
    private final Map<String, Integer> columns;
    final Cells cells;
    private long line;

    private Row(String file, Map<String, Integer> columns, Cells cells) {
      this.file = file;
      this.columns = columns;
      this.cells = cells;
    }

    long line() {
      return line;
    }

    /** The position of a column in the header. */
    int column(String name) {
      return columns.get(name);
    }

    String get(String column) {
      return cells.string(columns.get(column));
    }

    InputException error(String column, String reason) {
      return new InputException(file, line, column, reason);
    }
  }

  private CsvTable() {}

  static void read(Path path, List<String> columns, Consumer<Row> sink) {
    String file = path.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    if (!Cells.isUtf8(bytes)) {
      throw new InputException(file, 0, "*", "the file is not UTF-8");
    }
    Cells cells = new Cells(bytes);
    int pos = cells.next(0, file, 1);
    List<String> header = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < cells.count(); k++) {
      String h = cells.string(k).replace("\uFEFF", "").strip();
      header.add(h);
      index.putIfAbsent(h, k);
    }
    for (String c : columns) {
      if (!index.containsKey(c)) {
        throw new InputException(file, 1, c, "the column is missing; the header is " + header + ", expected "
            + columns);
      }
    }
    Row row = new Row(file, index, cells);
    long line = 1;
    while (pos < bytes.length) {
      line++;
      pos = cells.next(pos, file, line);
      row.line = line;
      if (cells.count() != header.size()) {
        throw new InputException(file, line, "*", "the row has " + cells.count() + " fields, the header "
            + header.size());
      }
      sink.accept(row);
    }
  }
}
