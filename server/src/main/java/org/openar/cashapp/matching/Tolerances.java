package org.openar.cashapp.matching;

import java.math.BigDecimal;

/**
 * The fee and FX tolerances of {@link MatchSettings} in minor units, giving exactly what the decimal formulas give
 * ({@code min(feeTolerance, gross * feeTolerancePercent / 100)} truncated; {@code |converted - gross| <= gross *
 * fxTolerancePercent / 100}) without a BigDecimal per open item looked at. Where a product would overflow a long, the
 * decimal formula itself is used.
 */
final class Tolerances {

  private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
      100_000_000L, 1_000_000_000L};

  private final MatchSettings settings;
  private final long[] absoluteFee = new long[POW10.length];
  private final long feeNumerator;
  private final long feeDivisor;
  private final long fxNumerator;
  private final long fxScale;

  Tolerances(MatchSettings settings) {
    this.settings = settings;
    for (int d = 0; d < absoluteFee.length; d++) {
      absoluteFee[d] = settings.feeTolerance().movePointRight(d).longValue();
    }
    // percent = numerator / 10^scale; a share of it is amount * numerator / (100 * 10^scale)
    BigDecimal fee = settings.feeTolerancePercent().stripTrailingZeros();
    boolean feeSimple = fee.scale() >= 0 && fee.scale() <= 7 && fee.precision() <= 9;
    feeNumerator = feeSimple ? fee.unscaledValue().longValue() : -1;
    feeDivisor = feeSimple ? 100 * POW10[fee.scale()] : -1;
    BigDecimal fx = settings.fxTolerancePercent().stripTrailingZeros();
    boolean fxSimple = fx.scale() >= 0 && fx.scale() <= 7 && fx.precision() <= 9;
    fxNumerator = fxSimple ? fx.unscaledValue().longValue() : -1;
    fxScale = fxSimple ? POW10[fx.scale()] : -1;
  }

  /** The largest shortfall on {@code gross} (minor units, {@code digits} decimals) written off as a bank fee. */
  long fee(long gross, int digits) {
    long absolute = digits < absoluteFee.length ? absoluteFee[digits]
        : settings.feeTolerance().movePointRight(digits).longValue();
    return Math.min(absolute, share(gross));
  }

  private long share(long gross) {
    if (feeNumerator >= 0 && Math.abs(gross) < Long.MAX_VALUE / Math.max(1, feeNumerator)) {
      return gross * feeNumerator / feeDivisor; // truncates toward zero, as BigDecimal.longValue does
    }
    return BigDecimal.valueOf(gross).multiply(settings.feeTolerancePercent()).movePointLeft(2).longValue();
  }

  /** Whether a converted amount {@code diff} minor units away from {@code gross} is within the FX tolerance. */
  boolean withinFx(long diff, long gross) {
    if (fxNumerator >= 0 && diff < Long.MAX_VALUE / (100 * fxScale)
        && Math.abs(gross) < Long.MAX_VALUE / Math.max(1, fxNumerator)) {
      return diff * 100 * fxScale <= gross * fxNumerator;
    }
    return withinFx(BigDecimal.valueOf(diff), BigDecimal.valueOf(gross));
  }

  /** The decimal formula, for amounts too large for the long arithmetic above. */
  boolean withinFx(BigDecimal diff, BigDecimal gross) {
    return diff.compareTo(gross.multiply(settings.fxTolerancePercent()).movePointLeft(2)) <= 0;
  }
}
