package org.openar.integration.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.openar.integration.IntegrationError;
import org.openar.shared.error.OpenArException;

/** Opens the right reader for a file: CSV in the chosen (or detected) encoding, or one sheet of an xlsx workbook. */
public final class Sources {

  private Sources() {}

  /**
   * @param encoding a charset name chosen by the user (CSV), or null for the detected one
   * @param sheet an xlsx sheet name, or null for the first sheet
   * @param decimal the decimal separator numbers from xlsx cells are written with
   */
  public static TabularSource open(Path file, FileFacts facts, String encoding, String sheet, char decimal)
      throws IOException {
    if (facts.format() == FileFormat.XLSX) {
      return new XlsxSource(file, sheet == null || sheet.isBlank() ? null : sheet, decimal);
    }
    String name = encoding == null || encoding.isBlank() ? facts.detectedEncoding() : encoding.strip();
    return new CsvSource(file, charset(name), name);
  }

  public static List<String> sheets(Path file, FileFacts facts) throws IOException {
    return facts.format() == FileFormat.XLSX ? XlsxSource.sheets(file) : List.of();
  }

  public static Charset charset(String name) {
    if (name == null || name.equals(FileInspector.UTF_8_BOM)) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new OpenArException(IntegrationError.INTEGRATION_UNKNOWN_ENCODING, name).onField("encoding");
    }
  }
}
