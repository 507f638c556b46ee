package org.openar.shared.money;

import java.math.RoundingMode;

/**
 * Named rounding policies for lossy money operations. Rounding is a business rule, so callers pick one of these by
 * name instead of a global switch: Chinese VAT invoices (增值税发票) round tax 四舍五入 (half up), while proportional
 * splits and FX conversion use banker's rounding.
 */
public enum RoundingPolicy {
  /** 四舍五入: half away from zero, as required for Chinese VAT invoice tax amounts. */
  CN_VAT_HALF_UP(RoundingMode.HALF_UP),
  /** Banker's rounding: the default for interest, discounts and FX. */
  HALF_EVEN(RoundingMode.HALF_EVEN),
  /** Truncate towards zero, e.g. for a discount a customer may never exceed. */
  DOWN(RoundingMode.DOWN);

  private final RoundingMode mode;

  RoundingPolicy(RoundingMode mode) {
    this.mode = mode;
  }

  public RoundingMode mode() {
    return mode;
  }
}
