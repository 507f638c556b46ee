package org.openar.reporting;

import java.util.Locale;
import org.openar.shared.error.OpenArException;

/** File formats of report exports. */
public enum ExportFormat {
  CSV("text/csv; charset=UTF-8", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  /** An aligned plain-text table, for terminals ({@code openar aging --format table}). */
  TEXT("text/plain; charset=UTF-8", "txt");

  private final String contentType;
  private final String extension;

  ExportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /**
   * {@code csv}, {@code xlsx} or {@code txt} (any case), if among {@code offered}; {@code allowed} lists those for the
   * error message.
   */
  public static ExportFormat parse(String text, java.util.Set<ExportFormat> offered, String allowed) {
    if (text != null) {
      for (ExportFormat f : offered) {
        if (f.extension.equals(text.trim().toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
    }
    throw new OpenArException(ReportingError.REPORTING_UNSUPPORTED_FORMAT, String.valueOf(text), allowed)
        .onField("format");
  }
}
