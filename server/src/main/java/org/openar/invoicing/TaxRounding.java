package org.openar.invoicing;

import org.openar.shared.money.RoundingPolicy;

/**
 * How an invoice rounds the tax of each line (and the line amounts), a property of the document rather than a global
 * switch. Tax is always computed per line, as Chinese VAT invoices (增值税发票) do, and the totals are the sums of the
 * rounded lines.
 */
public enum TaxRounding {
  /** 四舍五入, the rule of Chinese VAT invoices: half away from zero, per line. */
  CN_VAT_HALF_UP(RoundingPolicy.CN_VAT_HALF_UP),
  /** Banker's rounding per line, for invoices outside the Chinese VAT rules. */
  HALF_EVEN(RoundingPolicy.HALF_EVEN);

  private final RoundingPolicy policy;

  TaxRounding(RoundingPolicy policy) {
    this.policy = policy;
  }

  public RoundingPolicy policy() {
    return policy;
  }
}
