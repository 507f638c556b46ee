package org.openar.integration.app;

import java.util.List;
import java.util.Map;
import org.openar.integration.RowProblem;
import org.openar.integration.domain.ParsedRow;

/**
 * Thrown by a chunk importer when rows were refused after other rows' writes they belong with (a settled invoice
 * posted in the chunk's bulk insert whose receipt the ledger then refused): the chunk is rolled back and run again
 * without them, so a rejected row leaves nothing behind.
 */
final class RowsRefused extends RuntimeException {

  private final transient Map<ParsedRow, List<RowProblem>> rows;

  RowsRefused(Map<ParsedRow, List<RowProblem>> rows) {
    super(rows.size() + " rows refused", null, false, false);
    this.rows = Map.copyOf(rows);
  }

  Map<ParsedRow, List<RowProblem>> rows() {
    return rows;
  }
}
