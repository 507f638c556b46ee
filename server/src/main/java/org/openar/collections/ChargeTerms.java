package org.openar.collections;

import java.math.BigDecimal;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * Late fees and interest of a company (default) or one customer. An invoice unpaid {@code graceDays} after its due
 * date is charged once {@code lateFeeFixed} (invoices in that currency) plus {@code lateFeePercent} of its open amount,
 * at most {@code feeCap}; and interest at {@code annualInterestPercent} (actual/365) on its open amount for each day
 * after the grace, posted per calendar month, in total at most {@code interestCapPercent} of the invoice. Charges
 * below {@code minCharge} wait until they reach it. Every field may be null (that part does not apply).
 */
public record ChargeTerms(Money lateFeeFixed, BigDecimal lateFeePercent, Money feeCap,
    BigDecimal annualInterestPercent, BigDecimal interestCapPercent, int graceDays, Money minCharge, long version) {

  public static ChargeTerms none() {
    return new ChargeTerms(null, null, null, null, null, 0, null, 0);
  }

  public boolean chargesFees() {
    return lateFeeFixed != null || lateFeePercent != null && lateFeePercent.signum() > 0;
  }

  public boolean chargesInterest() {
    return annualInterestPercent != null && annualInterestPercent.signum() > 0;
  }

  public CurrencyCode currency() {
    return lateFeeFixed != null ? lateFeeFixed.currency() : feeCap != null ? feeCap.currency()
        : minCharge != null ? minCharge.currency() : null;
  }
}
