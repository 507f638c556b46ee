package org.openar.cashapp.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.openar.shared.money.Money;

/**
 * The largest bank-fee shortfall written off without an approval: at most {@code absolute} (major units of the item's
 * currency) and at most {@code percent} of the amount that was due. The matching engine uses the same two limits.
 */
public record FeeTolerance(BigDecimal absolute, BigDecimal percent) {

  public Money limitFor(Money due) {
    Money byPercent = due.times(percent.movePointLeft(2), RoundingMode.DOWN);
    Money byAmount = Money.of(absolute.setScale(due.currency().minorDigits(), RoundingMode.DOWN), due.currency());
    return byPercent.min(byAmount);
  }
}
