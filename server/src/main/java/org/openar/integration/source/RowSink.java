package org.openar.integration.source;

import java.util.List;

/** Receives a table as it is read: the header once, then each non-blank data row with its row number. */
public interface RowSink {

  void header(List<String> names);

  /** A data row; return false to stop reading (a preview has what it needs). */
  boolean row(long number, String[] cells);
}
