package org.openar.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Collection effectiveness index of a period, in percent:
 * CEI = (B + S − E) ÷ (B + S − C) × 100, with B and E the receivables at the start and end of the period (the net
 * ledger balance: open debits less unapplied credits), S the credit sales of the period and C the part of E that is
 * not overdue at the end (E less the open debits past due). B + S − E is what was cleared in the period (receipts,
 * discounts, write-offs; credit notes reduce S instead); B + S − C equals that plus what is overdue at the end: what
 * could have been collected. 100 means nothing collectible was left overdue. Null when nothing was collectible.
 */
public final class Cei {

  private Cei() {}

  /**
   * @param cleared B + S − E
   * @param overdueAtEnd open debits past due at the end of the period
   */
  public static BigDecimal percent(long cleared, long overdueAtEnd) {
    long collectible = cleared + overdueAtEnd;
    if (collectible <= 0) {
      return null;
    }
    return BigDecimal.valueOf(cleared).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(collectible), 1, RoundingMode.HALF_EVEN);
  }
}
