package org.openar.cashapp.statement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openar.cashapp.CashappError;
import org.openar.shared.error.OpenArException;

/**
 * The one entry point for statement files: detects the format when none is given and returns every statement in the
 * file, or throws {@link StatementException} naming the file, place and reason. Plain Java, so the upload endpoint,
 * the watched folder and {@code openar match} all read files the same way.
 */
public final class StatementReader {

  private StatementReader() {}

  public static StatementFile read(Path file, StatementFormat format, ColumnMapping mapping) {
    try {
      return read(file.getFileName().toString(), Files.readAllBytes(file), format, mapping);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads {@code bytes}; {@code format} null means detect it; {@code mapping} null means the contract CSV columns. */
  public static StatementFile read(String source, byte[] bytes, StatementFormat format, ColumnMapping mapping) {
    StatementFormat f = format != null ? format : detect(source, bytes);
    ColumnMapping m = mapping != null ? mapping : ColumnMapping.CONTRACT;
    StatementFile result = switch (f) {
      case CAMT052, CAMT053, CAMT054 -> new CamtParser(source).parse(new ByteArrayInputStream(bytes));
      case MT940 -> new Mt940Parser(source).parse(bytes);
      case BAI2 -> new Bai2Parser(source).parse(bytes);
      case CSV -> new StatementFile(source, f, java.util.List.of(CsvRows.read(source, bytes, m)));
      case XLSX -> new StatementFile(source, f, java.util.List.of(XlsxRows.read(source, bytes, m)));
    };
    if (format != null && format.isCamt() && result.format() != format) {
      throw new StatementException(source, "Document", "the file is " + result.format().cliName() + ", not "
          + format.cliName());
    }
    return result;
  }

  /** Looks at the first bytes: XML is camt (the namespace says which), "01," BAI2, a ZIP xlsx, SWIFT tags MT940. */
  public static StatementFormat detect(String source, byte[] bytes) {
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      return StatementFormat.XLSX;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
        .replace("\uFEFF", "").replace("ï»¿", "").stripLeading();
    if (head.startsWith("<")) {
      if (head.contains("camt.052")) {
        return StatementFormat.CAMT052;
      }
      return head.contains("camt.054") ? StatementFormat.CAMT054 : StatementFormat.CAMT053;
    }
    if (head.startsWith("01,")) {
      return StatementFormat.BAI2;
    }
    if (head.matches("(?s).*(^|\\n|\\r|\\{4:)\\s*:(20|21|25|28C?|60[FM]|61|62[FM]|64|65|86|13D|34F|NS):.*") || head.startsWith("{1:")) {
      return StatementFormat.MT940;
    }
    if (head.contains(",") || head.contains(";")) {
      return StatementFormat.CSV;
    }
    throw new OpenArException(CashappError.CASHAPP_STATEMENT_UNRECOGNISED, source,
        "neither camt XML, MT940, BAI2, CSV nor xlsx") {
      @Override
      public String getMessage() {
        return source + " is not a bank statement OpenAR can import: neither camt XML, MT940, BAI2, CSV nor xlsx";
      }
    };
  }
}
