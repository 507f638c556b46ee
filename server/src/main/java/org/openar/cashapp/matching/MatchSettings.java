package org.openar.cashapp.matching;

import java.math.BigDecimal;

/**
 * The knobs a finance team sets (openar.cashapp.matching.* in the server, options of {@code openar match}).
 *
 * @param autoThreshold confidence (0..1) at or above which a proposal is posted without a person
 * @param ambiguityMargin a runner-up within this many log-odds of the best makes the line ambiguous: never AUTO
 * @param feeTolerance the largest bank-fee shortfall written off, in major units of the invoice currency
 * @param feeTolerancePercent and at most this share of the amount due (percent)
 * @param fxTolerancePercent how far a payment in another currency may be from the converted open amount (percent)
 * @param subsetMaxItems subset-sum looks at no more than this many of a customer's open items (oldest due first)
 * @param subsetMaxSize and combines at most this many items
 */
public record MatchSettings(
    double autoThreshold,
    double ambiguityMargin,
    BigDecimal feeTolerance,
    BigDecimal feeTolerancePercent,
    BigDecimal fxTolerancePercent,
    int subsetMaxItems,
    int subsetMaxSize) {

  public static final MatchSettings DEFAULTS = new MatchSettings(0.95, 1.5, new BigDecimal("50"), new BigDecimal("2"),
      new BigDecimal("2"), 40, 6);

  public MatchSettings {
    if (autoThreshold <= 0.5 || autoThreshold > 1.0) {
      throw new IllegalArgumentException("the auto threshold must be in (0.5, 1]: " + autoThreshold);
    }
    if (subsetMaxItems < 0 || subsetMaxItems > 64 || subsetMaxSize < 1 || subsetMaxSize > 10) {
      throw new IllegalArgumentException("subset-sum bounds out of range");
    }
  }

  public MatchSettings withAutoThreshold(double threshold) {
    return new MatchSettings(threshold, ambiguityMargin, feeTolerance, feeTolerancePercent, fxTolerancePercent,
        subsetMaxItems, subsetMaxSize);
  }
}
