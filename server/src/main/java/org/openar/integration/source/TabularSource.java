package org.openar.integration.source;

import java.io.IOException;

/**
 * A table in a file, read as a stream. The header is the first non-blank row; a data row's number is what a
 * spreadsheet shows (the header is usually row 1); blank rows are skipped but keep their numbers. {@link #bytesRead}
 * and {@link #totalBytes} drive the progress percentage.
 */
public interface TabularSource {

  void read(RowSink sink) throws IOException;

  long bytesRead();

  long totalBytes();

  /** The encoding used (CSV) or null. */
  String encoding();
}
