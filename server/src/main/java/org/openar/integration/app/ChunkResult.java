package org.openar.integration.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openar.integration.RowProblem;
import org.openar.integration.domain.ParsedRow;

/**
 * What a chunk did: rows written, rows already present, rows refused with their problems. Refusals are kept here,
 * not on the rows, because a chunk that is rolled back and retried must start again from clean rows.
 */
final class ChunkResult {

  private final Map<ParsedRow, List<RowProblem>> rejected = new LinkedHashMap<>();
  private long accepted;
  private long present;

  void accepted(long n) {
    accepted += n;
  }

  void present(long n) {
    present += n;
  }

  void reject(ParsedRow row, List<RowProblem> problems) {
    rejected.merge(row, List.copyOf(problems), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
        .toList());
  }

  void reject(ParsedRow row, RowProblem problem) {
    reject(row, List.of(problem));
  }

  boolean isRejected(ParsedRow row) {
    return rejected.containsKey(row);
  }

  long accepted() {
    return accepted;
  }

  long present() {
    return present;
  }

  Map<ParsedRow, List<RowProblem>> rejected() {
    return rejected;
  }

  void add(ChunkResult other) {
    accepted += other.accepted;
    present += other.present;
    other.rejected.forEach(this::reject);
  }
}
