package org.openar.reporting;

import java.util.Locale;
import org.openar.shared.error.OpenArException;

/** File formats of report exports. */
public enum ExportFormat {
  CSV("text/csv; charset=UTF-8", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

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

  /** {@code csv} or {@code xlsx} (any case); {@code allowed} lists what the caller offers for the error message. */
  public static ExportFormat parse(String text, String allowed) {
    if (text != null) {
      for (ExportFormat f : values()) {
        if (f.extension.equals(text.trim().toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
    }
    throw new OpenArException(ReportingError.REPORTING_UNSUPPORTED_FORMAT, String.valueOf(text), allowed)
        .onField("format");
  }
}
