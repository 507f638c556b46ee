package org.openar.cashapp.offline;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads an RFC 4180 UTF-8 CSV with a required header, row by row, with errors that name file, line and column. */
final class CsvTable {

  /** One data row and where it is. */
  record Row(String file, long line, CSVRecord record) {

    String get(String column) {
      return record.get(column);
    }

    InputException error(String column, String reason) {
      return new InputException(file, line, column, reason);
    }
  }

  private CsvTable() {}

  static void read(Path path, List<String> columns, Consumer<Row> sink) {
    String file = path.getFileName().toString();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = new java.io.InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVParser csv = CSVParser.parse(new java.io.BufferedReader(in, 1 << 16), format)) {
      List<String> header = csv.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
      for (String c : columns) {
        if (!header.contains(c)) {
          throw new InputException(file, 1, c, "the column is missing; the header is " + header + ", expected "
              + columns);
        }
      }
      for (CSVRecord r : csv) {
        Row row = new Row(file, r.getRecordNumber() + 1, r);
        if (r.size() != header.size()) {
          throw new InputException(file, row.line(), "*", "the row has " + r.size() + " fields, the header "
              + header.size());
        }
        sink.accept(row);
      }
    } catch (CharacterCodingException e) {
      throw new InputException(file, 0, "*", "the file is not UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new InputException(file, 0, "*", "the file is not UTF-8");
      }
      throw new InputException(file, 0, "*", "not valid CSV: " + e.getMessage());
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new InputException(file, 1, "*", "not valid CSV: " + e.getMessage());
    }
  }
}
