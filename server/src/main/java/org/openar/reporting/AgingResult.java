package org.openar.reporting;

import java.time.LocalDate;
import java.util.List;
import org.openar.ledger.AgingBasis;
import org.openar.ledger.AgingBuckets;
import org.openar.shared.paging.Page;

/**
 * An aging report: its settings (with {@code asOf} resolved), one page of rows, and the totals over all rows, one per
 * currency. {@code labels} are the stable bucket codes ({@code current}, {@code 1-30}, ..., {@code >180}).
 */
public record AgingResult(LocalDate asOf, AgingBasis basis, AgingBuckets buckets, AgingGroupBy groupBy,
    boolean converted, List<String> labels, Page<AgingRow> rows, List<AgingRow> totals) {

  public AgingResult {
    labels = List.copyOf(labels);
    totals = List.copyOf(totals);
  }
}
