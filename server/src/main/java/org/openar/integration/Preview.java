package org.openar.integration;

import java.util.List;
import java.util.Map;

/**
 * A mapping tried on a file's first rows without writing anything. {@code mapping} is the effective one (the given
 * columns, or the guess from the headers when none were given); {@code unmappedRequired} lists required fields no
 * column feeds; {@code suggestedDateFormat} is what the sample's date cells fit (null when nothing to suggest). Rows
 * show the problems parsing would report (not those only the ledger finds, such as a duplicate document).
 */
public record Preview(List<String> header, ColumnMapping mapping, List<String> ignoredColumns,
    List<String> unmappedRequired, DateFormat suggestedDateFormat, List<PreviewRow> rows) {

  public Preview {
    header = List.copyOf(header);
    ignoredColumns = List.copyOf(ignoredColumns);
    unmappedRequired = List.copyOf(unmappedRequired);
    rows = List.copyOf(rows);
  }

  /** One row: its number, cells, and the problems found, each naming its column. */
  public record PreviewRow(long rowNumber, List<String> cells, List<RowProblem> problems,
      Map<String, String> values) {
    public PreviewRow {
      cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
      problems = List.copyOf(problems);
      values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
  }
}
