package org.openar.invoicing;

/**
 * What a credit note credits: FULL (everything still creditable; cancels the invoice), LINES (quantities of invoice
 * lines at their prices, discounts and tax rates) or AMOUNT (a gross amount, split over the invoice's tax rates in
 * proportion to what is still creditable at each).
 */
public enum CreditMode {
  FULL,
  LINES,
  AMOUNT
}
