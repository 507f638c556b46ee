package org.openar.cashapp.persistence;

import java.util.Map;

/**
 * How a statement's lines stand: the number per status and how many the engine posted on its own. The auto-match rate
 * is auto-posted lines over the receipts that were not imported before ({@code credits - duplicates among credits}).
 */
public record StatementCounts(Map<String, Long> byStatus, long autoPosted, long receipts, long creditTotalMinor,
    long matchedTotalMinor) {

  public StatementCounts {
    byStatus = Map.copyOf(byStatus);
  }

  public long of(String status) {
    return byStatus.getOrDefault(status, 0L);
  }

  public long queued() {
    return of("NEW") + of("SUGGESTED") + of("UNMATCHED");
  }

  /** Share of receipts posted by the engine without a person, 0..1; 0 without receipts. */
  public double autoMatchRate() {
    return receipts == 0 ? 0.0 : (double) autoPosted / receipts;
  }
}
