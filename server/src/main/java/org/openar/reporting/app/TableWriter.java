package org.openar.reporting.app;

import java.io.IOException;
import java.util.List;

/**
 * Writes a table to a file format, one row at a time (so millions of rows never sit in memory). Values are
 * {@link String}, {@link org.openar.shared.money.Money} (a number in its currency's format),
 * {@link java.time.LocalDate}, {@link Long}/{@link Integer}, or null (an empty cell).
 */
public interface TableWriter extends AutoCloseable {

  /** Starts a sheet (Excel) or, in a CSV, nothing but the header row of the first sheet. */
  void sheet(String name, List<String> header) throws IOException;

  void row(List<?> values) throws IOException;

  /** Writes what is buffered; the caller closes the output stream. */
  void finish() throws IOException;

  @Override
  void close() throws IOException;
}
