package org.openar.shared.terms;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An early-payment discount: {@code percent} off when paid within {@code days} of the invoice date, e.g. 2% within 10
 * days ("2/10").
 */
public record DiscountTier(BigDecimal percent, int days) {

  public DiscountTier {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() <= 0 || percent.compareTo(new BigDecimal("100")) >= 0) {
      throw new IllegalArgumentException("discount percent must be in (0, 100): " + percent);
    }
    if (days < 0) {
      throw new IllegalArgumentException("discount days must not be negative: " + days);
    }
  }
}
