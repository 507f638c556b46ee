package org.openar.integration;

import java.util.List;

/** A row that was not imported: its number as a spreadsheet shows it (the header is row 1), every problem, its cells. */
public record RejectedRow(long rowNumber, List<RowProblem> problems, List<String> cells) {

  public RejectedRow {
    problems = List.copyOf(problems);
    cells = cells == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
  }
}
