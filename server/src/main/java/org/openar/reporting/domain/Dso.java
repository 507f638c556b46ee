package org.openar.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Days sales outstanding, from receivables and credit sales in one currency's minor units.
 *
 * <p><b>Standard (period) method</b>: DSO = receivables at the end of the period ÷ credit sales of the period × days in
 * the period. Undefined (null) when the period had no positive sales.
 *
 * <p><b>Countback method</b>: start from the receivables at the end of the latest period and walk back period by
 * period, "explaining" them by that period's sales: while they exceed the period's sales, take all its days and
 * subtract its sales; in the period where they fall short, take the same fraction of its days and stop. Periods without
 * positive sales count their full days. Zero when there are no receivables. When the history runs out first, the days
 * counted so far are returned: a lower bound.
 */
public final class Dso {

  private static final int SCALE = 1;

  private Dso() {}

  public static BigDecimal standard(long receivables, long sales, long days) {
    if (sales <= 0) {
      return null;
    }
    return BigDecimal.valueOf(receivables).multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(sales), SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * Countback from period {@code last} back to period {@code first}.
   *
   * @param sales credit sales per period
   * @param days days per period
   */
  public static BigDecimal countback(long receivables, long[] sales, long[] days, int first, int last) {
    if (receivables <= 0) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    BigDecimal counted = BigDecimal.ZERO;
    long remaining = receivables;
    for (int k = last; k >= first; k--) {
      if (sales[k] <= 0 || remaining >= sales[k]) {
        counted = counted.add(BigDecimal.valueOf(days[k]));
        remaining -= Math.max(0, sales[k]);
        if (remaining == 0) {
          break;
        }
        continue;
      }
      BigDecimal part = BigDecimal.valueOf(days[k]).multiply(BigDecimal.valueOf(remaining))
          .divide(BigDecimal.valueOf(sales[k]), 10, RoundingMode.HALF_EVEN);
      counted = counted.add(part);
      break;
    }
    return counted.setScale(SCALE, RoundingMode.HALF_EVEN);
  }
}
